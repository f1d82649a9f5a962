// libvips for Swift: its operations take NULL-terminated variadic options,
// which Swift cannot call, so each call the photo processing needs is wrapped
// here in a plain C function. Everything returns 0 on success, -1 on failure
// (the message is then in `vips_error_buffer()`).
#ifndef WORKSHOP_CVIPS_SHIM_H
#define WORKSHOP_CVIPS_SHIM_H

#include <string.h>
#include <vips/vips.h>

/// One rectangle to hide, in fractions of the picture; style 0 blurs, 1 pixelates.
typedef struct {
    double x, y, width, height;
    int style;
} workshop_region;

/// Starts libvips once: small operation cache, two threads, untrusted
/// loaders (ImageMagick, PDF, SVG, …) blocked.
static inline int workshop_vips_start(void) {
    if (VIPS_INIT("workshop") != 0) return -1;
    vips_cache_set_max(16);
    vips_cache_set_max_mem(32 * 1024 * 1024);
    vips_cache_set_max_files(8);
    vips_concurrency_set(2);
    vips_block_untrusted_set(TRUE);
    return 0;
}

/// The loader libvips would use for these bytes ("jpegload_buffer", …), or NULL.
static inline const char *workshop_vips_loader(const void *data, size_t length) {
    const char *name = vips_foreign_find_load_buffer(data, length);
    if (name == NULL) vips_error_clear();
    return name;
}

/// Reads only the header: width and height as stored (before EXIF rotation)
/// and whether the EXIF orientation turns the picture by 90° or 270°.
static inline int workshop_vips_header(const void *data, size_t length, int *width, int *height, int *turned) {
    VipsImage *image = vips_image_new_from_buffer(data, length, "", NULL);
    if (image == NULL) return -1;
    *width = vips_image_get_width(image);
    *height = vips_image_get_height(image);
    int orientation = 1;
    if (vips_image_get_typeof(image, VIPS_META_ORIENTATION) != 0) {
        if (vips_image_get_int(image, VIPS_META_ORIENTATION, &orientation) != 0) orientation = 1;
    }
    *turned = (orientation >= 5 && orientation <= 8) ? 1 : 0;
    g_object_unref(image);
    return 0;
}

/// Hides one region of `in` (which it takes over) and gives the result in `out`.
static inline int workshop_vips_hide(VipsImage *in, const workshop_region *region, VipsImage **out) {
    int width = vips_image_get_width(in), height = vips_image_get_height(in);
    int left = (int)(region->x * width), top = (int)(region->y * height);
    int right = (int)(region->x * width + region->width * width + 0.999);
    int bottom = (int)(region->y * height + region->height * height + 0.999);
    if (left < 0) left = 0;
    if (top < 0) top = 0;
    if (right > width) right = width;
    if (bottom > height) bottom = height;
    int w = right - left, h = bottom - top;
    if (w <= 0 || h <= 0) { *out = in; return 0; }
    VipsImage *area = NULL, *hidden = NULL;
    if (vips_extract_area(in, &area, left, top, w, h, NULL) != 0) { g_object_unref(in); return -1; }
    int shortest = w < h ? w : h;
    if (region->style == 1) {
        // Pixelate: average blocks of `block` pixels, then blow them up again.
        int block = shortest / 6;
        if (block < 6) block = 6;
        if (block > shortest) block = shortest;
        VipsImage *small = NULL, *large = NULL;
        int ok = vips_shrink(area, &small, (double)block, (double)block, NULL) == 0
            && vips_zoom(small, &large, block, block, NULL) == 0
            && vips_embed(large, &hidden, 0, 0, w, h, "extend", VIPS_EXTEND_COPY, NULL) == 0;
        if (small) g_object_unref(small);
        if (large) g_object_unref(large);
        if (!ok) { g_object_unref(area); g_object_unref(in); return -1; }
    } else {
        // Blur: pixelate coarsely first (nothing of the detail survives), then a wide Gaussian.
        int block = shortest / 10;
        if (block < 3) block = 3;
        if (block > shortest) block = shortest;
        VipsImage *small = NULL, *large = NULL, *blocky = NULL;
        double sigma = shortest / 5.0;
        if (sigma < 4) sigma = 4;
        int ok = vips_shrink(area, &small, (double)block, (double)block, NULL) == 0
            && vips_zoom(small, &large, block, block, NULL) == 0
            && vips_embed(large, &blocky, 0, 0, w, h, "extend", VIPS_EXTEND_COPY, NULL) == 0
            && vips_gaussblur(blocky, &hidden, sigma, NULL) == 0;
        if (small) g_object_unref(small);
        if (large) g_object_unref(large);
        if (blocky) g_object_unref(blocky);
        if (!ok) { g_object_unref(area); g_object_unref(in); return -1; }
    }
    g_object_unref(area);
    int result = vips_insert(in, hidden, out, left, top, NULL);
    g_object_unref(hidden);
    g_object_unref(in);
    return result;
}

/// One output image: the picture turned upright (EXIF orientation), shrunk
/// to `target_width` (never enlarged), converted to sRGB, flattened on white,
/// every region hidden, saved as a progressive JPEG with all metadata
/// stripped. The JPEG is in `*out` (free it with `g_free`).
static inline int workshop_vips_render(const void *data, size_t length, int target_width,
                                       const workshop_region *regions, int region_count, int quality,
                                       void **out, size_t *out_length, int *out_width, int *out_height) {
    VipsImage *image = NULL;
    // vips_thumbnail_buffer takes a non-const pointer but only reads it.
    if (vips_thumbnail_buffer((void *)data, length, &image, target_width,
                              "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN,
                              "option_string", "fail_on=truncated", NULL) != 0) return -1;
    if (vips_image_hasalpha(image)) {
        VipsImage *flat = NULL;
        VipsArrayDouble *white = vips_array_double_newv(1, 255.0);
        int failed = vips_flatten(image, &flat, "background", white, NULL);
        vips_area_unref(VIPS_AREA(white));
        g_object_unref(image);
        if (failed) return -1;
        image = flat;
    }
    if (vips_image_get_interpretation(image) != VIPS_INTERPRETATION_sRGB) {
        VipsImage *srgb = NULL;
        int failed = vips_colourspace(image, &srgb, VIPS_INTERPRETATION_sRGB, NULL);
        g_object_unref(image);
        if (failed) return -1;
        image = srgb;
    }
    if (vips_image_get_format(image) != VIPS_FORMAT_UCHAR) {
        VipsImage *cast = NULL;
        int failed = vips_cast(image, &cast, VIPS_FORMAT_UCHAR, NULL);
        g_object_unref(image);
        if (failed) return -1;
        image = cast;
    }
    for (int i = 0; i < region_count; i++) {
        VipsImage *hidden = NULL;
        if (workshop_vips_hide(image, &regions[i], &hidden) != 0) return -1;
        image = hidden;
    }
    *out_width = vips_image_get_width(image);
    *out_height = vips_image_get_height(image);
    int result = vips_jpegsave_buffer(image, out, out_length, "Q", quality, "strip", TRUE,
                                      "optimize_coding", TRUE, "interlace", TRUE, NULL);
    g_object_unref(image);
    return result;
}

/// The picture's luminance, one byte a pixel, row by row (`*out`, free with `g_free`): for pixel statistics.
static inline int workshop_vips_grey(const void *data, size_t length, void **out, size_t *out_length, int *width, int *height) {
    VipsImage *image = vips_image_new_from_buffer(data, length, "", NULL);
    if (image == NULL) return -1;
    VipsImage *grey = NULL, *cast = NULL;
    int failed = vips_colourspace(image, &grey, VIPS_INTERPRETATION_B_W, NULL);
    g_object_unref(image);
    if (failed) return -1;
    failed = vips_cast(grey, &cast, VIPS_FORMAT_UCHAR, NULL);
    g_object_unref(grey);
    if (failed) return -1;
    *width = vips_image_get_width(cast);
    *height = vips_image_get_height(cast);
    *out = vips_image_write_to_memory(cast, out_length);
    g_object_unref(cast);
    return *out == NULL ? -1 : 0;
}

/// SHA-256 of `data` as 64 hex digits into `hex` (65 bytes), from GLib (no libvips start needed).
static inline void workshop_sha256(const void *data, size_t length, char *hex) {
    gchar *text = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)data, length);
    strncpy(hex, text ? text : "", 64);
    hex[64] = 0;
    g_free(text);
}

/// The last error libvips recorded, copied into `buffer`, and cleared.
static inline void workshop_vips_error(char *buffer, size_t size) {
    const char *text = vips_error_buffer();
    if (size == 0) return;
    strncpy(buffer, text ? text : "", size - 1);
    buffer[size - 1] = 0;
    vips_error_clear();
}

#endif
