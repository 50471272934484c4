package se.kunskapsnav.courses;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A check-in code as a QR code (ZXing encodes it), drawn as SVG for pages (one path of dark modules with the
 * standard quiet zone, which scales sharply to any size and weighs a few kilobytes) and as PNG for mails.
 */
public final class CheckinQr {

    /** 33 modules of 8 pixels: 264 pixels, large enough for a phone held to a camera. */
    private static final int PNG_MODULE_PIXELS = 8;

    private CheckinQr() {
    }

    public static String svg(CheckinCode code) {
        BitMatrix modules = modules(code);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            // one rectangle per run of dark modules in a row
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    int start = x;
                    while (x + 1 < modules.getWidth() && modules.get(x + 1, y)) {
                        x++;
                    }
                    int run = x - start + 1;
                    path.append('M').append(start).append(' ').append(y).append('h').append(run).append("v1h-")
                            .append(run).append('z');
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + modules.getWidth() + ' '
                + modules.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
                + "fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** The SVG as a data URI, for an {@code img} element (the pages' policy allows data: images). */
    public static String dataUri(CheckinCode code) {
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg(code).getBytes(StandardCharsets.UTF_8));
    }

    /** The QR code as a PNG picture, for a mail: mail programs show PNG but often not SVG. */
    public static byte[] png(CheckinCode code) {
        BitMatrix modules = modules(code);
        BufferedImage picture = new BufferedImage(modules.getWidth() * PNG_MODULE_PIXELS,
                modules.getHeight() * PNG_MODULE_PIXELS, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D pen = picture.createGraphics();
        pen.setColor(Color.WHITE);
        pen.fillRect(0, 0, picture.getWidth(), picture.getHeight());
        pen.setColor(Color.BLACK);
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    pen.fillRect(x * PNG_MODULE_PIXELS, y * PNG_MODULE_PIXELS, PNG_MODULE_PIXELS, PNG_MODULE_PIXELS);
                }
            }
        }
        pen.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return png.toByteArray();
    }

    /** The QR code's modules, dark as set bits, with the quiet zone. */
    static BitMatrix modules(CheckinCode code) {
        try {
            // size 0: one pixel per module; a quiet zone of four modules, as the standard asks
            return new QRCodeWriter().encode(code.text(), BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalStateException("22 characters always fit a QR code", e);
        }
    }
}
