package org.plantrace.ui.internal.progress;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Image;
import org.plantrace.core.progress.Rag;

/** A status dot (green, amber, red) over the top right corner of an element's icon. */
public final class RagOverlay {

    private static final int SIZE = 8;
    private static final Map<Rag, ImageDescriptor> DOTS = new EnumMap<>(Rag.class);

    private RagOverlay() {
    }

    /** {@code base} with the dot of {@code rag}; {@code base} itself when the status has no colour. */
    public static Image decorate(Image base, Rag rag, ResourceManager resources) {
        ImageDescriptor dot = rag == null ? null : dot(rag);
        if (dot == null || base == null) {
            return base;
        }
        return resources.create(new DecorationOverlayIcon(base, dot, IDecoration.TOP_RIGHT));
    }

    private static synchronized ImageDescriptor dot(Rag rag) {
        RGB rgb = RagColours.of(rag);
        if (rgb == null) {
            return null;
        }
        return DOTS.computeIfAbsent(rag, r -> {
            ImageData d = new ImageData(SIZE, SIZE, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
            byte[] alpha = new byte[SIZE * SIZE];
            int pixel = d.palette.getPixel(rgb);
            double c = (SIZE - 1) / 2.0;
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    double dist = Math.hypot(x - c, y - c);
                    d.setPixel(x, y, dist <= c - 0.8 ? pixel : d.palette.getPixel(new RGB(255, 255, 255)));
                    alpha[y * SIZE + x] = (byte) (dist <= c + 0.3 ? 255 : 0);
                }
            }
            d.alphaData = alpha;
            return ImageDescriptor.createFromImageDataProvider(zoom -> zoom == 100 ? d : null);
        });
    }
}
