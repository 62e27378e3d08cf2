package org.plantrace.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.core.merge.ConflictFile;
import org.plantrace.core.merge.ConflictResolution;
import org.plantrace.core.merge.MergeConflict;
import org.plantrace.model.Plan;
import org.plantrace.model.Target;
import org.plantrace.model.io.ModelStore;
import org.plantrace.team.Credentials;
import org.plantrace.team.CredentialsRefusedException;
import org.plantrace.team.PlanRepository;
import org.plantrace.team.TeamException;
import org.plantrace.team.UpdateResult;
import org.plantrace.tests.support.Examples;

/**
 * The shared plan repository reached over ssh:// with a key, as most organisations host git: a local SSH git server
 * (Apache MINA sshd with JGit's upload and receive packs) that lets in only the analysts' public keys. Clone, commit,
 * publish and update with a merge by id, with a plain key and a passphrase-protected one; a wrong key, a wrong
 * passphrase and an unknown server are refused in words.
 */
class SshTeamTest {

    private static final String PLAN = "policing-london-2009-12/plan.plan";
    private static final PersonIdent ANNA = new PersonIdent("Anna Analyst", "anna@example.org");
    private static final PersonIdent BEN = new PersonIdent("Ben Analyst", "ben@example.org");
    private static final String BENS_PASSPHRASE = "committee round 2";

    @TempDir
    Path dir;

    private SshGitServer server;
    private String url;
    private Path keys;
    private Path knownHosts;
    private KeyPair annaKey;
    private KeyPair benKey;

    @BeforeEach
    void serve() throws Exception {
        server = new SshGitServer(sharedRepository());
        keys = Files.createDirectories(dir.resolve("keys"));
        annaKey = SshGitServer.newKeyPair();
        benKey = SshGitServer.newKeyPair();
        SshGitServer.writeKey(annaKey, keys.resolve("id_anna"), null);
        SshGitServer.writeKey(benKey, keys.resolve("id_ben"), BENS_PASSPHRASE);
        server.authorize(annaKey.getPublic());
        server.authorize(benKey.getPublic());
        int port = server.start();
        url = "ssh://analyst@localhost:" + port + "/plans/shared.git";
        knownHosts = Files.createDirectories(dir.resolve("ssh"));
        Files.writeString(knownHosts.resolve("known_hosts"), server.knownHostsLine() + "\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private Credentials anna() {
        return Credentials.sshKey(keys.resolve("id_anna"), null).withSshDirectory(knownHosts);
    }

    private Credentials ben() {
        return Credentials.sshKey(keys.resolve("id_ben"), BENS_PASSPHRASE.toCharArray()).withSshDirectory(knownHosts);
    }

    @Test
    void twoAnalystsCloneCommitPublishAndMergeOverSsh() throws Exception {
        try (PlanRepository a = PlanRepository.cloneFrom(url, dir.resolve("anna"), anna());
                PlanRepository b = PlanRepository.cloneFrom(url, dir.resolve("ben"), ben())) {
            assertTrue(a.needsCredentials());
            assertEquals(url, a.sharedUrl());

            edit(a, p -> p.getObjectives().get(0).setTitle("Make our services more accessible to victims and witnesses"));
            a.commit("Objective 1 retitled after the committee meeting", ANNA);
            a.publish(anna());
            edit(b, p -> target(p, "m-1-t2009").setValue("82%"));
            b.commit("Target for measure 1 raised to 82% (Full Authority, 2 April)", BEN);
            TeamException early = assertThrows(TeamException.class, () -> b.publish(ben()));
            assertTrue(early.getMessage().contains("Update first"), early.getMessage());

            UpdateResult u = b.update(ben(), BEN);
            assertEquals(UpdateResult.Outcome.MERGED, u.outcome(), u.toString());
            assertEquals(List.of(PLAN), u.mergedModels());
            assertEquals("Make our services more accessible to victims and witnesses",
                    plan(b).getObjectives().get(0).getTitle());
            assertEquals("82%", target(plan(b), "m-1-t2009").getValue());
            b.publish(ben());
            assertEquals(UpdateResult.Outcome.FAST_FORWARD, a.update(anna(), ANNA).outcome());
            assertEquals("82%", target(plan(a), "m-1-t2009").getValue());

            // the same target changed on both sides: a conflict in words, resolved, published over ssh
            edit(a, p -> target(p, "m-1-t2009").setValue("78%"));
            a.commit("Measure 1: 78% agreed with the borough commanders", ANNA);
            a.publish(anna());
            edit(b, p -> target(p, "m-1-t2009").setValue("75%"));
            b.commit("Measure 1: 75%, as the committee asked", BEN);
            UpdateResult c = b.update(ben(), BEN);
            assertEquals(UpdateResult.Outcome.CONFLICTS, c.outcome());
            MergeConflict conflict = c.conflicts().get(PLAN).get(0);
            assertTrue(conflict.description().endsWith(": 75% (ours) vs 78% (theirs), base 82%"), conflict.description());
            Path file = b.workTree().resolve(PLAN);
            Plan p = ModelStore.loadPlan(file);
            assertTrue(ConflictResolution.apply(p.eResource(), ConflictFile.read(file).get(0), ConflictResolution.Choice.THEIRS));
            ModelStore.save(p.eResource());
            ConflictFile.clear(file);
            b.commit("Measure 1: 78% as agreed with the borough commanders", BEN);
            b.publish(ben());
            assertEquals(UpdateResult.Outcome.FAST_FORWARD, a.update(anna(), ANNA).outcome());
            assertEquals("78%", target(plan(a), "m-1-t2009").getValue());
            assertTrue(a.status().clean() && b.status().clean());
        }
    }

    @Test
    void aKeyTheServerDoesNotKnowIsRefusedInWords() throws Exception {
        Path stranger = keys.resolve("id_stranger");
        SshGitServer.writeKey(SshGitServer.newKeyPair(), stranger, null);
        TeamException e = assertThrows(TeamException.class, () -> PlanRepository.cloneFrom(url, dir.resolve("x"),
                Credentials.sshKey(stranger, null).withSshDirectory(knownHosts)));
        assertEquals("Cannot clone " + url + ": the server did not accept the private key " + stranger + ". Register its "
                + "public key (" + stranger + ".pub) with the shared repository, or choose the key that is registered.",
                e.getMessage());
        assertInstanceOf(CredentialsRefusedException.class, e, "the workbench asks for the key again");

        // a registered key, refused later (Anna's key removed from the server): update says which key
        try (PlanRepository a = PlanRepository.cloneFrom(url, dir.resolve("anna"), anna())) {
            TeamException u = assertThrows(TeamException.class, () -> a.update(
                    Credentials.sshKey(stranger, null).withSshDirectory(knownHosts), ANNA));
            assertTrue(u.getMessage().startsWith("Cannot update from " + url + ": the server did not accept the private "
                    + "key " + stranger), u.getMessage());
        }
    }

    @Test
    void aWrongPassphraseOrAMissingKeyFileIsSaidSo() throws Exception {
        Path key = keys.resolve("id_ben");
        TeamException wrong = assertThrows(TeamException.class, () -> PlanRepository.cloneFrom(url, dir.resolve("x"),
                Credentials.sshKey(key, "committee round 1".toCharArray()).withSshDirectory(knownHosts)));
        assertEquals("Cannot clone " + url + ": the passphrase does not open the private key " + key
                + ". Give the key's passphrase (empty when it has none).", wrong.getMessage());
        TeamException none = assertThrows(TeamException.class, () -> PlanRepository.cloneFrom(url, dir.resolve("y"),
                Credentials.sshKey(key, null).withSshDirectory(knownHosts)));
        assertTrue(none.getMessage().contains("the passphrase does not open the private key " + key), none.getMessage());
        assertInstanceOf(CredentialsRefusedException.class, none);
        Path missing = keys.resolve("id_missing");
        TeamException gone = assertThrows(TeamException.class, () -> PlanRepository.cloneFrom(url, dir.resolve("z"),
                Credentials.sshKey(missing, null).withSshDirectory(knownHosts)));
        assertEquals("The private key " + missing + " is not a readable file: choose the key whose public part is "
                + "registered with the shared repository", gone.getMessage());
    }

    @Test
    void aServerMetForTheFirstTimeIsTrustedOnlyWhenTheUserSaysSo() throws Exception {
        Path fresh = Files.createDirectories(dir.resolve("fresh-ssh"));
        List<String> asked = new ArrayList<>();
        TeamException refused = assertThrows(TeamException.class, () -> PlanRepository.cloneFrom(url, dir.resolve("x"),
                anna().withSshDirectory(fresh).withHostKeyQuestion((host, fingerprints) -> {
                    asked.add(host + "\n" + fingerprints);
                    return false;
                })));
        assertEquals(1, asked.size(), asked.toString());
        assertTrue(asked.get(0).startsWith("localhost:" + url.split(":")[2].split("/")[0] + "\n"), asked.get(0));
        assertTrue(asked.get(0).contains(server.fingerprint()), asked.get(0) + " should show " + server.fingerprint());
        assertTrue(refused.getMessage().startsWith("Cannot clone " + url + ": the server's identity (its host key) is "
                + "not one you trusted"), refused.getMessage());
        assertFalse(Files.exists(fresh.resolve("known_hosts")));

        // trusted: remembered in known_hosts, not asked again
        PlanRepository.cloneFrom(url, dir.resolve("y"), anna().withSshDirectory(fresh)
                .withHostKeyQuestion((host, fingerprints) -> true)).close();
        String known = Files.readString(fresh.resolve("known_hosts"), StandardCharsets.UTF_8);
        assertTrue(known.contains(server.knownHostsLine().split(" ")[1]), known);
        PlanRepository.cloneFrom(url, dir.resolve("z"), anna().withSshDirectory(fresh).withHostKeyQuestion((h, f) -> {
            throw new AssertionError("asked again about " + h);
        })).close();

        // no one to ask (no question given): an unknown server is refused
        TeamException silent = assertThrows(TeamException.class, () -> PlanRepository.cloneFrom(url, dir.resolve("w"),
                anna().withSshDirectory(Files.createDirectories(dir.resolve("other-ssh")))));
        assertTrue(silent.getMessage().contains("not one you trusted"), silent.getMessage());
    }

    @Test
    void aServerThatIsDownIsSaidSoAndNothingChanges() throws Exception {
        try (PlanRepository a = PlanRepository.cloneFrom(url, dir.resolve("anna"), anna())) {
            edit(a, p -> target(p, "m-1-t2009").setValue("82%"));
            a.commit("Target for measure 1 raised to 82%", ANNA);
            server.close();
            TeamException e = assertThrows(TeamException.class, () -> a.publish(anna()));
            assertTrue(e.getMessage().startsWith("Cannot publish to " + url + ": the server cannot be reached ("),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("). Check the address and your network."), e.getMessage());
            assertFalse(e instanceof CredentialsRefusedException);
            assertEquals(1, a.status().ahead(), "the commit is still there to publish later");
            assertEquals("82%", target(plan(a), "m-1-t2009").getValue());
        }
    }

    /** A bare repository holding the sample project, served over ssh. */
    private Path sharedRepository() throws Exception {
        Path work = dir.resolve("publisher");
        for (String folder : List.of("policing-london-2009-12", "frameworks", "frameworks-2011")) {
            Examples.copyTree(Examples.dir().resolve(folder), work.resolve(folder));
        }
        PlanRepository.init(work, "Plan as published", ANNA).close();
        Path bare = dir.resolve("shared.git");
        Git.cloneRepository().setURI(work.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
        return bare;
    }

    private static void edit(PlanRepository r, Consumer<Plan> e) throws Exception {
        Plan p = plan(r);
        e.accept(p);
        ModelStore.save(p.eResource());
    }

    private static Plan plan(PlanRepository r) throws Exception {
        return ModelStore.loadPlan(r.workTree().resolve(PLAN));
    }

    private static Target target(Plan p, String id) {
        return (Target) p.eResource().getEObject(id);
    }
}
