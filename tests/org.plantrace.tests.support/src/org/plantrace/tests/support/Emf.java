package org.plantrace.tests.support;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An Enhanced Metafile read back record by record ([MS-EMF]), for tests of what a writer made: the header's fields, the
 * records' types and sizes, the text of its text records. Reading checks only that each record lies within the file
 * (a size of at least 8 bytes, a multiple of 4); what a test expects of them it asserts itself.
 */
public final class Emf {

    public static final int HEADER = 1;
    public static final int POLYGON = 3;
    public static final int POLYLINE = 4;
    public static final int POLYPOLYLINE = 7;
    public static final int EOF = 14;
    public static final int SETTEXTCOLOR = 24;
    public static final int SELECTOBJECT = 37;
    public static final int CREATEBRUSHINDIRECT = 39;
    public static final int DELETEOBJECT = 40;
    public static final int ELLIPSE = 42;
    public static final int EXTCREATEFONTINDIRECTW = 82;
    public static final int EXTTEXTOUTW = 84;
    public static final int EXTCREATEPEN = 95;

    /** One record: its type, where it starts and its size in bytes. */
    public record Record(int type, int offset, int size) {
    }

    private final ByteBuffer data;
    private final List<Record> records = new ArrayList<>();

    private Emf(byte[] bytes) {
        data = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int at = 0;
        while (at < bytes.length) {
            if (at + 8 > bytes.length) {
                throw new IllegalArgumentException("a record's type and size run past the end at " + at);
            }
            int type = data.getInt(at);
            int size = data.getInt(at + 4);
            if (size < 8 || size % 4 != 0 || at + size > bytes.length || at + size < at) {
                throw new IllegalArgumentException("record " + records.size() + " (type " + type + ") at " + at
                        + " has size " + size + " in a file of " + bytes.length + " bytes");
            }
            records.add(new Record(type, at, size));
            at += size;
        }
    }

    public static Emf read(byte[] bytes) {
        return new Emf(bytes);
    }

    public List<Record> records() {
        return records;
    }

    /** The records of one type, in order. */
    public List<Record> of(int type) {
        return records.stream().filter(r -> r.type() == type).toList();
    }

    /** A 32-bit field {@code at} bytes into record {@code r}. */
    public int i32(Record r, int at) {
        return data.getInt(r.offset() + at);
    }

    public int length() {
        return data.capacity();
    }

    /** The header's nBytes (the file's size it states). */
    public int statedBytes() {
        return data.getInt(48);
    }

    /** The header's nRecords. */
    public int statedRecords() {
        return data.getInt(52);
    }

    /** The header's nHandles: the object table's size, index 0 included. */
    public int handles() {
        return data.getShort(56) & 0xffff;
    }

    /** The header's frame, {left, top, right, bottom} in 0.01 mm. */
    public int[] frame() {
        return new int[] { data.getInt(24), data.getInt(28), data.getInt(32), data.getInt(36) };
    }

    /** The header's bounds, {left, top, right, bottom} in device units. */
    public int[] bounds() {
        return new int[] { data.getInt(8), data.getInt(12), data.getInt(16), data.getInt(20) };
    }

    /** The reference device: {width, height} in pixels, then {width, height} in millimetres. */
    public int[] device() {
        return new int[] { data.getInt(72), data.getInt(76), data.getInt(80), data.getInt(84) };
    }

    /** The string of an {@code EMR_EXTTEXTOUTW} record. */
    public String text(Record r) {
        int chars = i32(r, 44);
        int offset = i32(r, 48);
        byte[] utf16 = new byte[2 * chars];
        data.get(r.offset() + offset, utf16);
        return new String(utf16, StandardCharsets.UTF_16LE);
    }

    /** The character advances of an {@code EMR_EXTTEXTOUTW} record, in logical units. */
    public int[] advances(Record r) {
        int chars = i32(r, 44);
        int offset = i32(r, 72);
        int[] dx = new int[chars];
        for (int i = 0; i < chars; i++) {
            dx[i] = i32(r, offset + 4 * i);
        }
        return dx;
    }

    /** The strings of all text records, in order. */
    public List<String> texts() {
        return of(EXTTEXTOUTW).stream().map(this::text).toList();
    }

    /** The face name of an {@code EMR_EXTCREATEFONTINDIRECTW} record. */
    public String face(Record r) {
        byte[] utf16 = new byte[64];
        data.get(r.offset() + 12 + 28, utf16);
        String s = new String(utf16, StandardCharsets.UTF_16LE);
        int end = s.indexOf('\0');
        return end < 0 ? s : s.substring(0, end);
    }
}
