package org.plantrace.core.text;

import java.util.Comparator;

/**
 * Orders codes and labels as people read them: runs of digits compare by their value, so {@code NI 15} comes
 * before {@code NI 111}, {@code KA2} before {@code KA10} and {@code 2008/09} before {@code 2009/10}; other
 * characters compare without regard to case. Equal texts that differ only in case or leading zeros are then
 * ordered by their characters, so the order is total and stable.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    /** A comparator of objects by a text of each, in natural order; null texts first. */
    public static <T> Comparator<T> by(java.util.function.Function<? super T, String> text) {
        return Comparator.comparing(text, Comparator.nullsFirst(INSTANCE));
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        int n = a.length();
        int m = b.length();
        while (i < n && j < m) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (si < n && a.charAt(si) == '0') {
                    si++;
                }
                while (sj < m && b.charAt(sj) == '0') {
                    sj++;
                }
                int ei = si;
                int ej = sj;
                while (ei < n && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < m && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                int lengths = Integer.compare(ei - si, ej - sj);
                if (lengths != 0) {
                    return lengths; // more significant digits: the larger number
                }
                for (int k = 0; k < ei - si; k++) {
                    int d = Character.compare(a.charAt(si + k), b.charAt(sj + k));
                    if (d != 0) {
                        return d;
                    }
                }
                i = ei;
                j = ej;
                continue;
            }
            int d = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
            if (d != 0) {
                return d;
            }
            i++;
            j++;
        }
        int rest = Integer.compare(n - i, m - j);
        return rest != 0 ? rest : a.compareTo(b);
    }
}
