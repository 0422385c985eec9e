// The part of libvips (Debian's libvips-dev, ABI 42) that Placard uses. Declared here rather
// than through <vips/vips.h>: that header needs GLib's include paths from pkg-config, whose
// `-pthread` SwiftPM refuses with a warning on every build. The values below are libvips' own
// (checked by Tests/ImagesTests); `placard_vips_start` refuses another ABI.
#include <stddef.h>

typedef struct _VipsImage VipsImage;
typedef struct _VipsArea VipsArea;

int vips_init(const char *argv0);
int vips_version(int flag);
const char *vips_version_string(void);
void vips_cache_set_max(int max);
void vips_cache_set_max_mem(size_t max_mem);
void vips_concurrency_set(int concurrency);
void vips_operation_block_set(const char *name, int state);
char *vips_error_buffer_copy(void);
void vips_error_clear(void);
const char *vips_foreign_find_load_buffer(const void *data, size_t size);
VipsImage *vips_image_new_from_buffer(const void *buf, size_t len, const char *option_string, ...);
int vips_thumbnail_buffer(void *buf, size_t len, VipsImage **out, int width, ...);
int vips_image_get_width(const VipsImage *image);
int vips_image_get_height(const VipsImage *image);
int vips_image_get_bands(const VipsImage *image);
int vips_image_hasalpha(VipsImage *image);
int vips_image_get_orientation_swap(VipsImage *image);
int vips_flatten(VipsImage *in, VipsImage **out, ...);
int vips_gravity(VipsImage *in, VipsImage **out, int direction, int width, int height, ...);
VipsArea *vips_array_double_new(const double *array, int n);
void vips_area_unref(VipsArea *area);
int vips_webpsave_buffer(VipsImage *in, void **buf, size_t *len, ...);
int vips_jpegsave_buffer(VipsImage *in, void **buf, size_t *len, ...);
int vips_pngsave_buffer(VipsImage *in, void **buf, size_t *len, ...);
void g_object_unref(void *object);
void g_free(void *memory);
unsigned g_log_set_handler(const char *domain, int levels, void (*handler)(const char *, int, const char *, void *),
                           void *data);
char *g_compute_checksum_for_data(int checksum_type, const unsigned char *data, size_t length);

enum {
    PLACARD_VIPS_ABI = 42,
    PLACARD_INTERESTING_NONE = 0, PLACARD_INTERESTING_CENTRE = 1,
    PLACARD_SIZE_BOTH = 0, PLACARD_SIZE_DOWN = 2,
    PLACARD_COMPASS_CENTRE = 0, PLACARD_EXTEND_BACKGROUND = 5,
    PLACARD_CHECKSUM_SHA256 = 2,
    PLACARD_LOG_LEVELS = 8 | 16 | 32 | 64 | 128, // critical, warning, message, info, debug
};

static inline void placard_vips_quiet(const char *domain, int level, const char *message, void *data) {
    (void) domain; (void) level; (void) message; (void) data;
}

// libvips' options are variadic (name, value, …, NULL), which Swift cannot call: these wrappers
// fix the options Placard uses.

/// Starts libvips once, blocking every loader but PNG, JPEG, WebP, GIF and SVG (no ImageMagick,
/// PDF, raw…: content is untrusted). The operation cache is off, so memory stays bounded by what
/// is being resized; one thread per operation, since the build resizes images in parallel.
static inline int placard_vips_start(void) {
    if (vips_version(3) - vips_version(5) != PLACARD_VIPS_ABI) return -1;
    if (vips_init("placard") != 0) return -1;
    // A damaged file is reported as an error with its path; libvips' own warnings would only
    // repeat it on stderr, tile by tile.
    g_log_set_handler("VIPS", PLACARD_LOG_LEVELS, placard_vips_quiet, NULL);
    vips_cache_set_max(0);
    vips_cache_set_max_mem(0);
    vips_concurrency_set(1);
    vips_operation_block_set("VipsForeignLoad", 1);
    vips_operation_block_set("VipsForeignLoadPngBuffer", 0);
    vips_operation_block_set("VipsForeignLoadJpegBuffer", 0);
    vips_operation_block_set("VipsForeignLoadWebpBuffer", 0);
    vips_operation_block_set("VipsForeignLoadNsgifBuffer", 0);
    vips_operation_block_set("VipsForeignLoadSvgBuffer", 0);
    return 0;
}

/// The header only (no pixels decoded).
static inline VipsImage *placard_vips_header(const void *bytes, size_t length) {
    return vips_image_new_from_buffer(bytes, length, "", NULL);
}

/// Fits (or with `crop`, fills) width × height; never enlarges unless `enlarge`. Orientation is
/// applied and colour converted to sRGB; a damaged file fails instead of decoding half.
static inline int placard_vips_thumbnail(const void *bytes, size_t length, VipsImage **out,
                                         int width, int height, int crop, int enlarge) {
    return vips_thumbnail_buffer((void *) bytes, length, out, width,
                                 "height", height,
                                 "crop", crop ? PLACARD_INTERESTING_CENTRE : PLACARD_INTERESTING_NONE,
                                 "size", enlarge ? PLACARD_SIZE_BOTH : PLACARD_SIZE_DOWN,
                                 "option_string", "fail_on=error",
                                 NULL);
}

/// Flattens transparency onto white (JPEG has none; a share card needs none).
static inline int placard_vips_flatten_white(VipsImage *in, VipsImage **out) {
    double white[3] = {255, 255, 255};
    VipsArea *background = vips_array_double_new(white, 3);
    int result = vips_flatten(in, out, "background", background, NULL);
    vips_area_unref(background);
    return result;
}

/// Centres `in` on a white canvas of width × height.
static inline int placard_vips_pad_white(VipsImage *in, VipsImage **out, int width, int height) {
    double white[4] = {255, 255, 255, 255};
    int bands = vips_image_get_bands(in);
    VipsArea *background = vips_array_double_new(white, bands < 4 ? bands : 4);
    int result = vips_gravity(in, out, PLACARD_COMPASS_CENTRE, width, height,
                              "extend", PLACARD_EXTEND_BACKGROUND, "background", background, NULL);
    vips_area_unref(background);
    return result;
}

// Encoders, metadata stripped so the bytes depend on the pixels alone.
static inline int placard_vips_webp(VipsImage *in, void **bytes, size_t *length, int quality) {
    return vips_webpsave_buffer(in, bytes, length, "Q", quality, "strip", 1, "effort", 4, NULL);
}

static inline int placard_vips_jpeg(VipsImage *in, void **bytes, size_t *length, int quality) {
    return vips_jpegsave_buffer(in, bytes, length, "Q", quality, "strip", 1, "optimize_coding", 1,
                                "interlace", 1, NULL);
}

static inline int placard_vips_png(VipsImage *in, void **bytes, size_t *length) {
    return vips_pngsave_buffer(in, bytes, length, "strip", 1, "compression", 9, NULL);
}

static inline char *placard_sha256(const unsigned char *data, size_t length) {
    return g_compute_checksum_for_data(PLACARD_CHECKSUM_SHA256, data, length);
}
