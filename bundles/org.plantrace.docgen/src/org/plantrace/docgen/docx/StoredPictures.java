package org.plantrace.docgen.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.internal.PartMarshaller;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.opc.internal.marshallers.ZipPartMarshaller;

/**
 * Puts a picture part that is compressed already (a PNG) into the package as it is, a stored zip entry, instead of
 * deflating it a second time as POI does with every part: that second deflate gained 8 % of the PNGs' size and was
 * the largest single cost of the DOCX at scale (the 100x model's 700 figures, 230 MB of PNG).
 */
final class StoredPictures implements PartMarshaller {

    private static final PartMarshaller DEFLATED = new ZipPartMarshaller();

    @Override
    public boolean marshall(PackagePart part, OutputStream os) throws OpenXML4JException {
        if (!(os instanceof ZipArchiveOutputStream zip)) {
            return DEFLATED.marshall(part, os);
        }
        try {
            byte[] data;
            try (InputStream in = part.getInputStream()) {
                data = in.readAllBytes();
            }
            CRC32 crc = new CRC32();
            crc.update(data);
            ZipArchiveEntry entry = entry(part);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(data.length);
            entry.setCompressedSize(data.length);
            entry.setCrc(crc.getValue());
            zip.putArchiveEntry(entry);
            zip.write(data);
            zip.closeArchiveEntry();
        } catch (IOException e) {
            throw new OpenXML4JException("cannot write the part " + part.getPartName() + ": " + e.getMessage());
        }
        return relationships(part, zip);
    }

    /** The zip entry of a part, named and dated as POI's {@link ZipPartMarshaller} makes it. */
    static ZipArchiveEntry entry(PackagePart part) {
        ZipArchiveEntry entry = new ZipArchiveEntry(
                ZipHelper.getZipItemNameFromOPCName(part.getPartName().getURI().getPath()));
        ZipHelper.adjustEntryTime(entry);
        return entry;
    }

    /** Writes the part's relationships after it, as POI's {@link ZipPartMarshaller} does. */
    static boolean relationships(PackagePart part, ZipArchiveOutputStream zip) throws OpenXML4JException {
        if (part.hasRelationships()) {
            return ZipPartMarshaller.marshallRelationshipPart(part.getRelationships(),
                    PackagingURIHelper.getRelationshipPartName(part.getPartName()), zip);
        }
        return true;
    }
}
