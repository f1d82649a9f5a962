// libvips for Swift, loaded on first use (see workshop_vips.c). No libvips
// or GLib header is needed to use these.
#ifndef WORKSHOP_VIPS_H
#define WORKSHOP_VIPS_H

#include <stddef.h>

/// One rectangle to hide, in fractions of the picture; style 0 blurs, 1 pixelates.
typedef struct {
    double x, y, width, height;
    int style;
} workshop_region;

/// Loads and starts libvips once: small operation cache, two threads,
/// untrusted loaders (ImageMagick, PDF, SVG, …) blocked. -1 when it cannot.
int workshop_vips_start(void);

/// The loader libvips would use for these bytes ("jpegload_buffer", …), or NULL.
const char *workshop_vips_loader(const void *data, size_t length);

/// Reads only the header: width and height as stored (before EXIF rotation)
/// and whether the EXIF orientation turns the picture by 90° or 270°.
int workshop_vips_header(const void *data, size_t length, int *width, int *height, int *turned);

/// One output image: upright, shrunk to `target_width` (never enlarged), sRGB,
/// flattened on white, every region hidden, a progressive JPEG with all
/// metadata stripped, in `*out` (free it with `workshop_vips_free`).
int workshop_vips_render(const void *data, size_t length, int target_width,
                         const workshop_region *regions, int region_count, int quality,
                         void **out, size_t *out_length, int *out_width, int *out_height);

/// The picture's luminance, one byte a pixel, row by row (`*out`, free with `workshop_vips_free`).
int workshop_vips_grey(const void *data, size_t length, void **out, size_t *out_length, int *width, int *height);

/// SHA-256 of `data` as 64 hex digits into `hex` (65 bytes), from GLib (GLib alone is loaded, not libvips).
void workshop_sha256(const void *data, size_t length, char *hex);

/// The last error libvips recorded (or why it could not be loaded), copied into `buffer`, and cleared.
void workshop_vips_error(char *buffer, size_t size);

/// Frees what `workshop_vips_render` and `workshop_vips_grey` gave.
void workshop_vips_free(void *pointer);

#endif
