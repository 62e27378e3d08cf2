package org.plantrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plantrace.core.text.Csv;

/**
 * CSV cells a spreadsheet would evaluate are neutralised per OWASP (leading spaces and control characters do not hide
 * a formula), while numbers such as a target of "-2%" stay numbers.
 */
class CsvNeutralisationTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', ignoreLeadingAndTrailingWhitespace = false, value = {
            // formulas and their disguises
            "=SUM(A1:A2)|'=SUM(A1:A2)",
            "+cmd|'+cmd",
            "-2+3|'-2+3",
            "@SUM(1)|'@SUM(1)",
            "   =1+1|'   =1+1",
            "\u00a0=1|'\u00a0=1",
            "\u0001=1|'\u0001=1",
            "\t=1|'\t=1",
            "\tplain|'\tplain",
            "\rplain|'\rplain",
            "  -2%|'  -2%",
            "-=1|'-=1",
            // numbers and text that are not formulas
            "-2%|-2%",
            "+3|+3",
            "-1,500|-1,500",
            "-0.25|-0.25",
            "+12.5%|+12.5%",
            "2%|2%",
            "Reduce crime by 2%|Reduce crime by 2%",
            "a=b|a=b",
            "e-mail@example.org|e-mail@example.org",
            "``|``",
            "   |   ",
    })
    void neutralise(String value, String expected) {
        assertEquals(expected, Csv.neutralise(value));
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', ignoreLeadingAndTrailingWhitespace = false, value = {
            "  =1|'  =1",
            "-2%|-2%",
            "a,b|\"a,b\"",
            "=\"x\"|\"'=\"\"x\"\"\"",
    })
    void cellsAreNeutralisedThenQuoted(String value, String expected) {
        assertEquals(expected, Csv.cell(value));
    }
}
