package org.plantrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plantrace.core.text.NaturalOrder;

class NaturalOrderTest {

    private static List<String> sorted(String... s) {
        List<String> l = new ArrayList<>(List.of(s));
        l.sort(NaturalOrder.INSTANCE);
        return l;
    }

    @Test
    void indicatorCodesSortByTheirNumber() {
        assertEquals(List.of("NI 1", "NI 15", "NI 16", "NI 111"), sorted("NI 111", "NI 16", "NI 1", "NI 15"));
    }

    @Test
    void keyActivitiesAndFinancialYearsReadInOrder() {
        assertEquals(List.of("KA1", "KA2", "KA3", "KA10"), sorted("KA10", "KA3", "KA1", "KA2"));
        assertEquals(List.of("2008/09", "2009/10", "2010/11"), sorted("2009/10", "2010/11", "2008/09"));
    }

    @Test
    void nestedCodesCompareEachNumberInTurn() {
        assertEquals(List.of("PSA 23 PA2", "PSA 24 PA1", "PSA 24 PA10", "SPI 1.2", "SPI 1.10"),
                sorted("SPI 1.10", "PSA 24 PA10", "PSA 24 PA1", "SPI 1.2", "PSA 23 PA2"));
    }

    @Test
    void caseDoesNotMatterButTheOrderIsTotal() {
        assertEquals(List.of("apacs 2", "APACS 10"), sorted("APACS 10", "apacs 2"));
        List<String> l = sorted("ni 7", "NI 7", "NI 07");
        assertEquals(3, l.size());
        assertEquals(l, sorted(l.get(2), l.get(0), l.get(1)), "the same order from any starting order");
    }
}
