package se.kunskapsnav.courses;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckinCodeTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aNewCodeIs128RandomBitsIn22UrlSafeCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            CheckinCode code = CheckinCode.random(RANDOM);
            assertTrue(code.text().matches("[A-Za-z0-9_-]{22}"), code.text());
            assertEquals(16, code.bytes().length);
            seen.add(code.text());
        }
        assertEquals(1000, seen.size(), "no two codes alike");
    }

    @Test
    void whatAScannerReadsParsesBackToTheSameCode() {
        CheckinCode code = CheckinCode.random(RANDOM);
        assertEquals(code, CheckinCode.parse(code.text()).orElseThrow());
        assertEquals(code, CheckinCode.parse("  " + code.text() + "\r\n").orElseThrow(),
                "a hand-held scanner's line end is ignored");
    }

    @Test
    void anythingElseIsNoCode() {
        String text = CheckinCode.random(RANDOM).text();
        for (String bad : new String[] {null, "", "   ", text.substring(1), text + "A", text.replace(text.charAt(3), '+'),
                text.substring(0, 10) + " " + text.substring(11), "https://kunskapsnav.se/kurser/12",
                "AAAAAAAAAAAAAAAAAAAAA/"}) {
            assertTrue(CheckinCode.parse(bad).isEmpty(), "not a code: " + bad);
        }
        // 22 characters carry 132 bits: a last character with any of the 4 spare bits set is not a code's text
        assertTrue(CheckinCode.parse("AAAAAAAAAAAAAAAAAAAAAB").isEmpty());
        assertTrue(CheckinCode.parse("AAAAAAAAAAAAAAAAAAAAAA").isPresent());
    }

    @Test
    void aCodeChecksInOnlyAtItsOwnCourse() {
        assertTrue(CheckinCode.validFor(12, 12));
        assertFalse(CheckinCode.validFor(12, 13));
    }

    @Test
    void theCodeNeverAppearsInLogs() {
        CheckinCode code = CheckinCode.random(RANDOM);
        assertFalse(code.toString().contains(code.text()), code.toString());
    }

    @Test
    void theQrCodeHoldsExactlyTheCodeAndNothingElse() throws Exception {
        CheckinCode code = CheckinCode.random(RANDOM);
        assertEquals(code.text(), decode(CheckinQr.modules(code)));
        // version 2 (25 modules) with a quiet zone of 4 on each side
        String svg = CheckinQr.svg(code);
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 33 33\""), svg);
        assertTrue(CheckinQr.dataUri(code).startsWith("data:image/svg+xml;base64,"));
        assertEquals(code.text(), decode(drawn(svg, 33)), "the SVG draws the modules the encoder made");
    }

    /** The dark modules an SVG of row runs ("M x y h run v1 h-run z") draws. */
    private static BitMatrix drawn(String svg, int size) {
        BitMatrix modules = new BitMatrix(size);
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z").matcher(svg);
        while (run.find()) {
            modules.setRegion(Integer.parseInt(run.group(1)), Integer.parseInt(run.group(2)),
                    Integer.parseInt(run.group(3)), 1);
        }
        return modules;
    }

    /** Reads a QR code as a camera would: 4 pixels a module, black on white. */
    private static String decode(BitMatrix modules) throws Exception {
        int scale = 4;
        int width = modules.getWidth() * scale;
        int height = modules.getHeight() * scale;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = modules.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width, height, pixels)))).getText();
    }
}
