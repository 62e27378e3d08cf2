package org.plantrace.matrix;

import java.util.List;

import org.plantrace.core.Labels;
import org.plantrace.model.KeyActivity;

/** Key activities a link cites, written compactly for a matrix cell: "KA3, 4, 8", "KA1-7". */
final class Citations {

    private Citations() {
    }

    /** {@code kas} compactly ("KA3, 4, 8", "KA1-7"); empty if none. (Appendix B prints "KA3, KA4, KA8" and "KA1 - 7".) */
    static String compact(List<KeyActivity> kas) {
        if (kas.isEmpty()) {
            return "";
        }
        String prefix = Labels.keyActivity(kas.get(0)).replaceAll("\\d+$", "");
        int[] numbers = kas.stream().mapToInt(KeyActivity::getNumber).sorted().distinct().toArray();
        StringBuilder b = new StringBuilder(prefix);
        for (int i = 0; i < numbers.length; i++) {
            int j = i;
            while (j + 1 < numbers.length && numbers[j + 1] == numbers[j] + 1) {
                j++;
            }
            if (i > 0) {
                b.append(", ");
            }
            b.append(numbers[i]);
            if (j - i >= 2) {
                b.append('-').append(numbers[j]);
                i = j;
            }
        }
        return b.toString();
    }
}
