// libvips for Swift, loaded on first use. Its operations take NULL-terminated
// variadic options, which Swift cannot call, so each call the photo
// processing needs is wrapped here in a plain C function. Everything returns
// 0 on success, -1 on failure (the message is then in `workshop_vips_error`).
//
// libvips (Debian's libvips42, headers from libvips-dev) is opened with
// dlopen when the first photo is developed, not linked: linked, its ~120
// dependent libraries were mapped into every command and cost about 17 MB of
// resident memory in `workshop check`, `build` and `serve` even when no photo
// needs developing (docs/performance.md). The headers give every function's
// exact type; each call goes through a pointer looked up with dlsym.
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <vips/vips.h>
#include "workshop_vips.h"

static char load_error[512];

// Each function used: a pointer of the function's own type, and its calls redirected to it.
#define WORKSHOP_VIPS_FUNCTIONS(X) \
    X(vips_init) X(vips_version) X(vips_cache_set_max) X(vips_cache_set_max_mem) X(vips_cache_set_max_files) \
    X(vips_concurrency_set) X(vips_block_untrusted_set) X(vips_foreign_find_load_buffer) X(vips_error_clear) \
    X(vips_error_buffer) X(vips_image_new_from_buffer) X(vips_image_get_width) X(vips_image_get_height) \
    X(vips_image_get_typeof) X(vips_image_get_int) X(vips_extract_area) X(vips_shrink) X(vips_zoom) \
    X(vips_embed) X(vips_gaussblur) X(vips_insert) X(vips_thumbnail_buffer) X(vips_image_hasalpha) \
    X(vips_array_double_newv) X(vips_flatten) X(vips_area_unref) X(vips_image_get_interpretation) \
    X(vips_colourspace) X(vips_image_get_format) X(vips_cast) X(vips_jpegsave_buffer) \
    X(vips_image_write_to_memory) X(g_object_unref)
#define WORKSHOP_GLIB_FUNCTIONS(X) X(g_free) X(g_compute_checksum_for_data)

#define WORKSHOP_POINTER(name) static __typeof__(&name) p_##name;
WORKSHOP_VIPS_FUNCTIONS(WORKSHOP_POINTER)
WORKSHOP_GLIB_FUNCTIONS(WORKSHOP_POINTER)

static pthread_once_t glib_once = PTHREAD_ONCE_INIT;
static int glib_loaded = -1;

static void glib_open(void) {
    void *glib = dlopen("libglib-2.0.so.0", RTLD_NOW | RTLD_GLOBAL);
    if (!glib) {
        snprintf(load_error, sizeof load_error, "cannot load GLib: %s", dlerror());
        return;
    }
#define WORKSHOP_RESOLVE_GLIB(name) \
    if (!(p_##name = (__typeof__(&name))dlsym(glib, #name))) { snprintf(load_error, sizeof load_error, "GLib has no %s", #name); return; }
    WORKSHOP_GLIB_FUNCTIONS(WORKSHOP_RESOLVE_GLIB)
    glib_loaded = 0;
}

static int workshop_glib_load(void) {
    pthread_once(&glib_once, glib_open);
    return glib_loaded;
}

static pthread_once_t vips_once = PTHREAD_ONCE_INIT;
static int vips_loaded = -1;

static void vips_open(void) {
    if (workshop_glib_load() != 0) return;
    void *vips = dlopen("libvips.so.42", RTLD_NOW | RTLD_GLOBAL);
    if (!vips) {
        snprintf(load_error, sizeof load_error, "cannot load libvips (apt-get install libvips42): %s", dlerror());
        return;
    }
#define WORKSHOP_RESOLVE_VIPS(name) \
    if (!(p_##name = (__typeof__(&name))dlsym(vips, #name))) { snprintf(load_error, sizeof load_error, "libvips has no %s", #name); return; }
    WORKSHOP_VIPS_FUNCTIONS(WORKSHOP_RESOLVE_VIPS)
    vips_loaded = 0;
}

/// Opens libvips (once); -1 with the reason in `workshop_vips_error` when it cannot.
static int workshop_vips_load(void) {
    pthread_once(&vips_once, vips_open);
    return vips_loaded;
}

void workshop_vips_free(void *pointer) {
    if (pointer && p_g_free) p_g_free(pointer);
}

// From here on the library's names call through the pointers.
#define vips_init (*p_vips_init)
#define vips_version (*p_vips_version)
#define vips_cache_set_max (*p_vips_cache_set_max)
#define vips_cache_set_max_mem (*p_vips_cache_set_max_mem)
#define vips_cache_set_max_files (*p_vips_cache_set_max_files)
#define vips_concurrency_set (*p_vips_concurrency_set)
#define vips_block_untrusted_set (*p_vips_block_untrusted_set)
#define vips_foreign_find_load_buffer (*p_vips_foreign_find_load_buffer)
#define vips_error_clear (*p_vips_error_clear)
#define vips_error_buffer (*p_vips_error_buffer)
#define vips_image_new_from_buffer (*p_vips_image_new_from_buffer)
#define vips_image_get_width (*p_vips_image_get_width)
#define vips_image_get_height (*p_vips_image_get_height)
#define vips_image_get_typeof (*p_vips_image_get_typeof)
#define vips_image_get_int (*p_vips_image_get_int)
#define vips_extract_area (*p_vips_extract_area)
#define vips_shrink (*p_vips_shrink)
#define vips_zoom (*p_vips_zoom)
#define vips_embed (*p_vips_embed)
#define vips_gaussblur (*p_vips_gaussblur)
#define vips_insert (*p_vips_insert)
#define vips_thumbnail_buffer (*p_vips_thumbnail_buffer)
#define vips_image_hasalpha (*p_vips_image_hasalpha)
#define vips_array_double_newv (*p_vips_array_double_newv)
#define vips_flatten (*p_vips_flatten)
#define vips_area_unref (*p_vips_area_unref)
#define vips_image_get_interpretation (*p_vips_image_get_interpretation)
#define vips_colourspace (*p_vips_colourspace)
#define vips_image_get_format (*p_vips_image_get_format)
#define vips_cast (*p_vips_cast)
#define vips_jpegsave_buffer (*p_vips_jpegsave_buffer)
#define vips_image_write_to_memory (*p_vips_image_write_to_memory)
#define g_object_unref (*p_g_object_unref)
#define g_free (*p_g_free)
#define g_compute_checksum_for_data (*p_g_compute_checksum_for_data)

/// Starts libvips once: small operation cache, two threads, untrusted
/// loaders (ImageMagick, PDF, SVG, …) blocked.
int workshop_vips_start(void) {
    if (workshop_vips_load() != 0) return -1;
    if (vips_version(3) - vips_version(5) != VIPS_LIBRARY_CURRENT - VIPS_LIBRARY_AGE) {
        snprintf(load_error, sizeof load_error, "libvips has ABI version %d; this build needs %d", vips_version(3) - vips_version(5), VIPS_LIBRARY_CURRENT - VIPS_LIBRARY_AGE);
        return -1;
    }
    if (vips_init("workshop") != 0) return -1;
    vips_cache_set_max(16);
    vips_cache_set_max_mem(32 * 1024 * 1024);
    vips_cache_set_max_files(8);
    vips_concurrency_set(2);
    vips_block_untrusted_set(TRUE);
    return 0;
}

/// The loader libvips would use for these bytes ("jpegload_buffer", …), or NULL.
const char *workshop_vips_loader(const void *data, size_t length) {
    const char *name = vips_foreign_find_load_buffer(data, length);
    if (name == NULL) vips_error_clear();
    return name;
}

/// Reads only the header: width and height as stored (before EXIF rotation)
/// and whether the EXIF orientation turns the picture by 90° or 270°.
int workshop_vips_header(const void *data, size_t length, int *width, int *height, int *turned) {
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
static int workshop_vips_hide(VipsImage *in, const workshop_region *region, VipsImage **out) {
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
int workshop_vips_render(const void *data, size_t length, int target_width,
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
int workshop_vips_grey(const void *data, size_t length, void **out, size_t *out_length, int *width, int *height) {
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

/// SHA-256 of `data` as 64 hex digits into `hex` (65 bytes), from GLib (loads GLib alone, not libvips).
void workshop_sha256(const void *data, size_t length, char *hex) {
    if (workshop_glib_load() != 0) { hex[0] = 0; return; }
    gchar *text = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)data, length);
    strncpy(hex, text ? text : "", 64);
    hex[64] = 0;
    g_free(text);
}

/// The last error libvips recorded (or why it could not be loaded), copied into `buffer`, and cleared.
void workshop_vips_error(char *buffer, size_t size) {
    if (size == 0) return;
    if (load_error[0] != 0 || !p_vips_error_buffer) {
        strncpy(buffer, load_error[0] ? load_error : "libvips is not loaded", size - 1);
        buffer[size - 1] = 0;
        return;
    }
    const char *text = vips_error_buffer();
    strncpy(buffer, text ? text : "", size - 1);
    buffer[size - 1] = 0;
    vips_error_clear();
}

