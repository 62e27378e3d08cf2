package org.plantrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.plantrace.core.era.Period;
import org.plantrace.core.trace.SuspectLinks;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PriorityItem;

/**
 * What users read and what files store, from the date and fingerprint helpers that cold commands run many times: ISO
 * dates read strictly, periods worded with UK month names, fingerprints that match those already saved in files.
 */
class PeriodTextTest {

    @Test
    void isoDatesAreReadStrictly() {
        assertEquals(Optional.of(LocalDate.of(2011, 3, 31)), Period.date("2011-03-31"));
        assertEquals(Optional.of(LocalDate.of(2011, 3, 31)), Period.date("  2011-03-31\n"));
        assertEquals(Optional.of(LocalDate.of(2012, 2, 29)), Period.date("2012-02-29"));
        assertEquals(Optional.empty(), Period.date("2011-02-29"), "not a leap year");
        assertEquals(Optional.empty(), Period.date("2011-04-31"), "April has 30 days");
        assertEquals(Optional.empty(), Period.date("2011-13-01"));
        assertEquals(Optional.empty(), Period.date("2011-00-10"));
        assertEquals(Optional.empty(), Period.date("2011-3-31"));
        assertEquals(Optional.empty(), Period.date("31/03/2011"));
        assertEquals(Optional.empty(), Period.date("2011-03-3x"));
        assertEquals(Optional.empty(), Period.date(" "));
        assertEquals(Optional.empty(), Period.date(null));
        assertEquals(Optional.of(LocalDate.of(12011, 3, 31)), Period.date("+12011-03-31"), "ISO's long years");
    }

    @Test
    void periodsAreWordedWithUkMonthNames() {
        assertEquals("1 April 2009 to 31 March 2012", Period.between("2009-04-01", "2012-03-31").toString());
        assertEquals("from 1 April 2008", Period.between("2008-04-01", "").toString());
        assertEquals("until 30 September 2010", Period.between(null, "2010-09-30").toString());
        String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"};
        for (int m = 1; m <= 12; m++) {
            assertEquals("from 2 " + months[m - 1] + " 2010",
                    Period.between(String.format("2010-%02d-02", m), null).toString());
        }
    }

    @Test
    void fingerprintsStayThoseSavedInFiles() {
        PriorityItem item = PlantraceFactory.eINSTANCE.createPriorityItem();
        item.setCode("  NI  15 ");
        item.setTitle("Serious\n  violent\tcrime rate");
        item.setDescription(" Rate per 1,000\n population ");
        // the first 6 bytes of SHA-256("NI 15\nSerious violent crime rate\nRate per 1,000 population"), by another tool
        assertEquals("5f38d8114cc4", SuspectLinks.fingerprint(item));
        String before = SuspectLinks.fingerprint(item);
        item.setTitle("Serious violent crime");
        assertNotEquals(before, SuspectLinks.fingerprint(item));
        assertEquals(SuspectLinks.fingerprint(item), SuspectLinks.fingerprint(item), "a fresh digest each time");
    }
}
