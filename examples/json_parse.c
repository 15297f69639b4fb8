/*
 * json_parse.c - a small JSON library: tokenizer, recursive-descent parser
 * producing a tree, compact and pretty serializers, path queries and
 * structural equality.  main() parses embedded documents, round-trips them
 * through both serializers, runs queries, and checks that malformed inputs
 * are rejected with sensible positions.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 64

typedef enum { J_NULL, J_FALSE, J_TRUE, J_INT, J_NUM, J_STR, J_ARR, J_OBJ } JType;

typedef struct JValue JValue;

typedef struct {
    char *key;
    JValue *val;
} JMember;

struct JValue {
    JType type;
    union {
        int64_t i;
        double d;
        struct {
            char *ptr;
            size_t len;
        } s;
        struct {
            JValue **items;
            size_t len, cap;
        } a;
        struct {
            JMember *items;
            size_t len, cap;
        } o;
    } u;
};

typedef enum {
    T_EOF, T_LBRACE, T_RBRACE, T_LBRACKET, T_RBRACKET, T_COLON, T_COMMA,
    T_STRING, T_NUMBER, T_TRUE, T_FALSE, T_NULL, T_ERROR
} TokKind;

typedef struct {
    TokKind kind;
    size_t start, end;   /* byte range in the source */
    int line, col;
} Token;

typedef struct {
    const char *src;
    size_t len, pos;
    int line, col;
    Token tok;           /* current lookahead */
    char err[128];
    int err_line, err_col;
    int depth;
} Parser;

typedef struct {
    char *buf;
    size_t len, cap;
    int oom;
} StrBuf;

/* ------------------------------------------------------------------ */
/* String buffer                                                       */
/* ------------------------------------------------------------------ */

static void sb_reserve(StrBuf *sb, size_t extra)
{
    if (sb->oom || sb->len + extra + 1 <= sb->cap)
        return;
    size_t ncap = sb->cap ? sb->cap : 64;
    while (ncap < sb->len + extra + 1)
        ncap *= 2;
    char *p = realloc(sb->buf, ncap);
    if (!p) {
        sb->oom = 1;
        return;
    }
    sb->buf = p;
    sb->cap = ncap;
}

static void sb_putn(StrBuf *sb, const char *s, size_t n)
{
    sb_reserve(sb, n);
    if (sb->oom)
        return;
    memcpy(sb->buf + sb->len, s, n);
    sb->len += n;
    sb->buf[sb->len] = '\0';
}

static void sb_puts(StrBuf *sb, const char *s)
{
    sb_putn(sb, s, strlen(s));
}

static void sb_putc(StrBuf *sb, char c)
{
    sb_putn(sb, &c, 1);
}

static void sb_indent(StrBuf *sb, int n)
{
    for (int i = 0; i < n; i++)
        sb_putn(sb, "  ", 2);
}

/* ------------------------------------------------------------------ */
/* Values                                                              */
/* ------------------------------------------------------------------ */

static JValue *jv_new(JType t)
{
    JValue *v = calloc(1, sizeof *v);
    if (v)
        v->type = t;
    return v;
}

void jv_free(JValue *v)
{
    if (!v)
        return;
    switch (v->type) {
    case J_STR:
        free(v->u.s.ptr);
        break;
    case J_ARR:
        for (size_t i = 0; i < v->u.a.len; i++)
            jv_free(v->u.a.items[i]);
        free(v->u.a.items);
        break;
    case J_OBJ:
        for (size_t i = 0; i < v->u.o.len; i++) {
            free(v->u.o.items[i].key);
            jv_free(v->u.o.items[i].val);
        }
        free(v->u.o.items);
        break;
    default:
        break;
    }
    free(v);
}

static int arr_push(JValue *arr, JValue *item)
{
    if (arr->u.a.len == arr->u.a.cap) {
        size_t ncap = arr->u.a.cap ? arr->u.a.cap * 2 : 4;
        JValue **p = realloc(arr->u.a.items, ncap * sizeof *p);
        if (!p)
            return -1;
        arr->u.a.items = p;
        arr->u.a.cap = ncap;
    }
    arr->u.a.items[arr->u.a.len++] = item;
    return 0;
}

static int obj_push(JValue *obj, char *key, JValue *val)
{
    if (obj->u.o.len == obj->u.o.cap) {
        size_t ncap = obj->u.o.cap ? obj->u.o.cap * 2 : 4;
        JMember *p = realloc(obj->u.o.items, ncap * sizeof *p);
        if (!p)
            return -1;
        obj->u.o.items = p;
        obj->u.o.cap = ncap;
    }
    obj->u.o.items[obj->u.o.len].key = key;
    obj->u.o.items[obj->u.o.len].val = val;
    obj->u.o.len++;
    return 0;
}

const JValue *jv_get(const JValue *obj, const char *key)
{
    if (!obj || obj->type != J_OBJ)
        return NULL;
    /* Last duplicate wins, as in most implementations. */
    for (size_t i = obj->u.o.len; i-- > 0;)
        if (strcmp(obj->u.o.items[i].key, key) == 0)
            return obj->u.o.items[i].val;
    return NULL;
}

const JValue *jv_index(const JValue *arr, size_t i)
{
    if (!arr || arr->type != J_ARR || i >= arr->u.a.len)
        return NULL;
    return arr->u.a.items[i];
}

/* ------------------------------------------------------------------ */
/* Tokenizer                                                           */
/* ------------------------------------------------------------------ */

static void set_error(Parser *p, const char *msg, int line, int col)
{
    if (p->err[0])
        return; /* keep the first error */
    snprintf(p->err, sizeof p->err, "%s", msg);
    p->err_line = line;
    p->err_col = col;
}

static void advance_char(Parser *p)
{
    if (p->src[p->pos] == '\n') {
        p->line++;
        p->col = 1;
    } else {
        p->col++;
    }
    p->pos++;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int match_word(Parser *p, const char *w)
{
    size_t n = strlen(w);
    if (p->len - p->pos < n || memcmp(p->src + p->pos, w, n) != 0)
        return 0;
    for (size_t i = 0; i < n; i++)
        advance_char(p);
    return 1;
}

static void lex_string(Parser *p)
{
    advance_char(p); /* opening quote */
    while (p->pos < p->len) {
        char c = p->src[p->pos];
        if (c == '"') {
            advance_char(p);
            p->tok.kind = T_STRING;
            return;
        }
        if ((unsigned char)c < 0x20) {
            set_error(p, "control character in string", p->line, p->col);
            p->tok.kind = T_ERROR;
            return;
        }
        if (c == '\\') {
            advance_char(p);
            if (p->pos >= p->len)
                break;
        }
        advance_char(p);
    }
    set_error(p, "unterminated string", p->tok.line, p->tok.col);
    p->tok.kind = T_ERROR;
}

static void lex_number(Parser *p)
{
    if (p->src[p->pos] == '-')
        advance_char(p);
    if (p->pos >= p->len || !is_digit(p->src[p->pos]))
        goto bad;
    if (p->src[p->pos] == '0') {
        advance_char(p);
    } else {
        while (p->pos < p->len && is_digit(p->src[p->pos]))
            advance_char(p);
    }
    if (p->pos < p->len && p->src[p->pos] == '.') {
        advance_char(p);
        if (p->pos >= p->len || !is_digit(p->src[p->pos]))
            goto bad;
        while (p->pos < p->len && is_digit(p->src[p->pos]))
            advance_char(p);
    }
    if (p->pos < p->len && (p->src[p->pos] == 'e' || p->src[p->pos] == 'E')) {
        advance_char(p);
        if (p->pos < p->len && (p->src[p->pos] == '+' || p->src[p->pos] == '-'))
            advance_char(p);
        if (p->pos >= p->len || !is_digit(p->src[p->pos]))
            goto bad;
        while (p->pos < p->len && is_digit(p->src[p->pos]))
            advance_char(p);
    }
    p->tok.kind = T_NUMBER;
    return;
bad:
    set_error(p, "malformed number", p->line, p->col);
    p->tok.kind = T_ERROR;
}

static void next_token(Parser *p)
{
    while (p->pos < p->len) {
        char c = p->src[p->pos];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            advance_char(p);
        else
            break;
    }
    p->tok.start = p->pos;
    p->tok.line = p->line;
    p->tok.col = p->col;
    if (p->pos >= p->len) {
        p->tok.kind = T_EOF;
        p->tok.end = p->pos;
        return;
    }
    char c = p->src[p->pos];
    switch (c) {
    case '{': p->tok.kind = T_LBRACE; advance_char(p); break;
    case '}': p->tok.kind = T_RBRACE; advance_char(p); break;
    case '[': p->tok.kind = T_LBRACKET; advance_char(p); break;
    case ']': p->tok.kind = T_RBRACKET; advance_char(p); break;
    case ':': p->tok.kind = T_COLON; advance_char(p); break;
    case ',': p->tok.kind = T_COMMA; advance_char(p); break;
    case '"': lex_string(p); break;
    case 't':
        p->tok.kind = match_word(p, "true") ? T_TRUE : T_ERROR;
        break;
    case 'f':
        p->tok.kind = match_word(p, "false") ? T_FALSE : T_ERROR;
        break;
    case 'n':
        p->tok.kind = match_word(p, "null") ? T_NULL : T_ERROR;
        break;
    default:
        if (c == '-' || is_digit(c))
            lex_number(p);
        else
            p->tok.kind = T_ERROR;
        break;
    }
    if (p->tok.kind == T_ERROR)
        set_error(p, "unexpected character", p->tok.line, p->tok.col);
    p->tok.end = p->pos;
}

/* ------------------------------------------------------------------ */
/* Parser                                                              */
/* ------------------------------------------------------------------ */

static int hex_val(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static int read_hex4(const char *s, uint32_t *out)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hex_val(s[i]);
        if (h < 0)
            return -1;
        v = (v << 4) | (uint32_t)h;
    }
    *out = v;
    return 0;
}

static size_t utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Decode the current string token (quotes included) into a fresh buffer. */
static char *decode_string(Parser *p, size_t *out_len)
{
    const char *s = p->src + p->tok.start + 1;
    const char *end = p->src + p->tok.end - 1;
    char *out = malloc((size_t)(end - s) + 1);
    size_t n = 0;
    if (!out)
        return NULL;
    while (s < end) {
        if (*s != '\\') {
            out[n++] = *s++;
            continue;
        }
        s++;
        char e = *s++;
        switch (e) {
        case '"': out[n++] = '"'; break;
        case '\\': out[n++] = '\\'; break;
        case '/': out[n++] = '/'; break;
        case 'b': out[n++] = '\b'; break;
        case 'f': out[n++] = '\f'; break;
        case 'n': out[n++] = '\n'; break;
        case 'r': out[n++] = '\r'; break;
        case 't': out[n++] = '\t'; break;
        case 'u': {
            uint32_t cp, lo;
            if (end - s < 4 || read_hex4(s, &cp))
                goto bad;
            s += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (end - s < 6 || s[0] != '\\' || s[1] != 'u' || read_hex4(s + 2, &lo) ||
                    lo < 0xDC00 || lo > 0xDFFF)
                    goto bad;
                s += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                goto bad;
            }
            /* \uXXXX expands to at most 3 bytes from 6 source chars,
               surrogate pairs to 4 bytes from 12, so the buffer suffices. */
            n += utf8_encode(cp, out + n);
            break;
        }
        default:
            goto bad;
        }
    }
    out[n] = '\0';
    *out_len = n;
    return out;
bad:
    set_error(p, "bad escape sequence", p->tok.line, p->tok.col);
    free(out);
    return NULL;
}

static JValue *parse_number(Parser *p)
{
    size_t n = p->tok.end - p->tok.start;
    char tmp[64];
    const char *s = p->src + p->tok.start;
    int is_int = 1;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '.' || s[i] == 'e' || s[i] == 'E')
            is_int = 0;
    if (is_int) {
        /* Accumulate as negative to cover INT64_MIN without overflow. */
        int neg = s[0] == '-';
        int64_t acc = 0;
        int overflow = 0;
        for (size_t i = neg ? 1 : 0; i < n; i++) {
            int d = s[i] - '0';
            if (acc < (INT64_MIN + d) / 10) {
                overflow = 1;
                break;
            }
            acc = acc * 10 - d;
        }
        if (!overflow && (neg || acc != INT64_MIN)) {
            JValue *v = jv_new(J_INT);
            if (v)
                v->u.i = neg ? acc : -acc;
            return v;
        }
    }
    if (n >= sizeof tmp) {
        set_error(p, "number too long", p->tok.line, p->tok.col);
        return NULL;
    }
    memcpy(tmp, s, n);
    tmp[n] = '\0';
    JValue *v = jv_new(J_NUM);
    if (v)
        v->u.d = strtod(tmp, NULL);
    return v;
}

static JValue *parse_value(Parser *p);

static int expect(Parser *p, TokKind k, const char *what)
{
    if (p->tok.kind != k) {
        char msg[64];
        snprintf(msg, sizeof msg, "expected %s", what);
        set_error(p, msg, p->tok.line, p->tok.col);
        return -1;
    }
    next_token(p);
    return 0;
}

static JValue *parse_array(Parser *p)
{
    JValue *arr = jv_new(J_ARR);
    if (!arr)
        return NULL;
    next_token(p); /* [ */
    if (p->tok.kind == T_RBRACKET) {
        next_token(p);
        return arr;
    }
    for (;;) {
        JValue *item = parse_value(p);
        if (!item || arr_push(arr, item)) {
            jv_free(item);
            jv_free(arr);
            return NULL;
        }
        if (p->tok.kind == T_COMMA) {
            next_token(p);
            continue;
        }
        if (expect(p, T_RBRACKET, "',' or ']'")) {
            jv_free(arr);
            return NULL;
        }
        return arr;
    }
}

static JValue *parse_object(Parser *p)
{
    JValue *obj = jv_new(J_OBJ);
    if (!obj)
        return NULL;
    next_token(p); /* { */
    if (p->tok.kind == T_RBRACE) {
        next_token(p);
        return obj;
    }
    for (;;) {
        if (p->tok.kind != T_STRING) {
            set_error(p, "expected string key", p->tok.line, p->tok.col);
            jv_free(obj);
            return NULL;
        }
        size_t klen;
        char *key = decode_string(p, &klen);
        if (!key) {
            jv_free(obj);
            return NULL;
        }
        next_token(p);
        if (expect(p, T_COLON, "':'")) {
            free(key);
            jv_free(obj);
            return NULL;
        }
        JValue *val = parse_value(p);
        if (!val || obj_push(obj, key, val)) {
            free(key);
            jv_free(val);
            jv_free(obj);
            return NULL;
        }
        if (p->tok.kind == T_COMMA) {
            next_token(p);
            continue;
        }
        if (expect(p, T_RBRACE, "',' or '}'")) {
            jv_free(obj);
            return NULL;
        }
        return obj;
    }
}

static JValue *parse_value(Parser *p)
{
    JValue *v = NULL;
    if (++p->depth > MAX_DEPTH) {
        set_error(p, "nesting too deep", p->tok.line, p->tok.col);
        return NULL;
    }
    switch (p->tok.kind) {
    case T_LBRACE:
        v = parse_object(p);
        break;
    case T_LBRACKET:
        v = parse_array(p);
        break;
    case T_STRING: {
        size_t len;
        char *s = decode_string(p, &len);
        if (s) {
            v = jv_new(J_STR);
            if (v) {
                v->u.s.ptr = s;
                v->u.s.len = len;
            } else {
                free(s);
            }
        }
        next_token(p);
        break;
    }
    case T_NUMBER:
        v = parse_number(p);
        next_token(p);
        break;
    case T_TRUE:
    case T_FALSE:
    case T_NULL:
        v = jv_new(p->tok.kind == T_TRUE ? J_TRUE : p->tok.kind == T_FALSE ? J_FALSE : J_NULL);
        next_token(p);
        break;
    default:
        set_error(p, "expected value", p->tok.line, p->tok.col);
        break;
    }
    p->depth--;
    return v;
}

JValue *json_parse(const char *src, size_t len, char *err, size_t errlen)
{
    Parser p;
    memset(&p, 0, sizeof p);
    p.src = src;
    p.len = len;
    p.line = 1;
    p.col = 1;
    next_token(&p);
    JValue *v = parse_value(&p);
    if (v && p.tok.kind != T_EOF) {
        set_error(&p, "trailing characters", p.tok.line, p.tok.col);
        jv_free(v);
        v = NULL;
    }
    if (!v && err) {
        if (!p.err[0])
            set_error(&p, "out of memory", p.line, p.col);
        snprintf(err, errlen, "%d:%d: %s", p.err_line, p.err_col, p.err);
    }
    return v;
}

/* ------------------------------------------------------------------ */
/* Serializers                                                         */
/* ------------------------------------------------------------------ */

static void write_string(StrBuf *sb, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    sb_putc(sb, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': sb_puts(sb, "\\\""); break;
        case '\\': sb_puts(sb, "\\\\"); break;
        case '\n': sb_puts(sb, "\\n"); break;
        case '\t': sb_puts(sb, "\\t"); break;
        case '\r': sb_puts(sb, "\\r"); break;
        case '\b': sb_puts(sb, "\\b"); break;
        case '\f': sb_puts(sb, "\\f"); break;
        default:
            if (c < 0x20) {
                char esc[7] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0};
                sb_puts(sb, esc);
            } else {
                sb_putc(sb, (char)c);
            }
        }
    }
    sb_putc(sb, '"');
}

static void write_value(StrBuf *sb, const JValue *v, int pretty, int level)
{
    char num[40];
    switch (v->type) {
    case J_NULL: sb_puts(sb, "null"); break;
    case J_TRUE: sb_puts(sb, "true"); break;
    case J_FALSE: sb_puts(sb, "false"); break;
    case J_INT:
        snprintf(num, sizeof num, "%lld", (long long)v->u.i);
        sb_puts(sb, num);
        break;
    case J_NUM:
        snprintf(num, sizeof num, "%.17g", v->u.d);
        /* make sure it re-parses as a float */
        if (!strpbrk(num, ".eEn"))
            strcat(num, ".0");
        sb_puts(sb, num);
        break;
    case J_STR:
        write_string(sb, v->u.s.ptr, v->u.s.len);
        break;
    case J_ARR:
        sb_putc(sb, '[');
        for (size_t i = 0; i < v->u.a.len; i++) {
            if (i)
                sb_putc(sb, ',');
            if (pretty) {
                sb_putc(sb, '\n');
                sb_indent(sb, level + 1);
            }
            write_value(sb, v->u.a.items[i], pretty, level + 1);
        }
        if (pretty && v->u.a.len) {
            sb_putc(sb, '\n');
            sb_indent(sb, level);
        }
        sb_putc(sb, ']');
        break;
    case J_OBJ:
        sb_putc(sb, '{');
        for (size_t i = 0; i < v->u.o.len; i++) {
            if (i)
                sb_putc(sb, ',');
            if (pretty) {
                sb_putc(sb, '\n');
                sb_indent(sb, level + 1);
            }
            write_string(sb, v->u.o.items[i].key, strlen(v->u.o.items[i].key));
            sb_puts(sb, pretty ? ": " : ":");
            write_value(sb, v->u.o.items[i].val, pretty, level + 1);
        }
        if (pretty && v->u.o.len) {
            sb_putc(sb, '\n');
            sb_indent(sb, level);
        }
        sb_putc(sb, '}');
        break;
    }
}

char *json_serialize(const JValue *v, int pretty)
{
    StrBuf sb = {0};
    write_value(&sb, v, pretty, 0);
    if (sb.oom) {
        free(sb.buf);
        return NULL;
    }
    return sb.buf;
}

/* ------------------------------------------------------------------ */
/* Queries and equality                                                */
/* ------------------------------------------------------------------ */

/* Path syntax: "a.b[2].c" */
const JValue *json_query(const JValue *root, const char *path)
{
    const JValue *cur = root;
    char key[64];
    while (cur && *path) {
        if (*path == '.') {
            path++;
            continue;
        }
        if (*path == '[') {
            size_t idx = 0;
            path++;
            while (is_digit(*path))
                idx = idx * 10 + (size_t)(*path++ - '0');
            if (*path != ']')
                return NULL;
            path++;
            cur = jv_index(cur, idx);
            continue;
        }
        size_t n = 0;
        while (*path && *path != '.' && *path != '[' && n + 1 < sizeof key)
            key[n++] = *path++;
        key[n] = '\0';
        cur = jv_get(cur, key);
    }
    return cur;
}

int jv_equal(const JValue *a, const JValue *b)
{
    if (a->type != b->type)
        return 0;
    switch (a->type) {
    case J_INT: return a->u.i == b->u.i;
    case J_NUM: return a->u.d == b->u.d;
    case J_STR:
        return a->u.s.len == b->u.s.len && memcmp(a->u.s.ptr, b->u.s.ptr, a->u.s.len) == 0;
    case J_ARR:
        if (a->u.a.len != b->u.a.len)
            return 0;
        for (size_t i = 0; i < a->u.a.len; i++)
            if (!jv_equal(a->u.a.items[i], b->u.a.items[i]))
                return 0;
        return 1;
    case J_OBJ:
        if (a->u.o.len != b->u.o.len)
            return 0;
        for (size_t i = 0; i < a->u.o.len; i++) {
            if (strcmp(a->u.o.items[i].key, b->u.o.items[i].key) != 0 ||
                !jv_equal(a->u.o.items[i].val, b->u.o.items[i].val))
                return 0;
        }
        return 1;
    default:
        return 1;
    }
}

typedef struct {
    size_t nodes, max_depth, strings, string_bytes;
    int64_t int_sum;
} Stats;

static void collect_stats(const JValue *v, size_t depth, Stats *st)
{
    st->nodes++;
    if (depth > st->max_depth)
        st->max_depth = depth;
    switch (v->type) {
    case J_INT:
        st->int_sum += v->u.i % 1000000;
        break;
    case J_STR:
        st->strings++;
        st->string_bytes += v->u.s.len;
        break;
    case J_ARR:
        for (size_t i = 0; i < v->u.a.len; i++)
            collect_stats(v->u.a.items[i], depth + 1, st);
        break;
    case J_OBJ:
        for (size_t i = 0; i < v->u.o.len; i++)
            collect_stats(v->u.o.items[i].val, depth + 1, st);
        break;
    default:
        break;
    }
}

/* ------------------------------------------------------------------ */
/* Driver                                                              */
/* ------------------------------------------------------------------ */

static const char doc1[] =
    "{\n"
    "  \"store\": {\n"
    "    \"name\": \"Corner \\\"Books\\\"\",\n"
    "    \"open\": true, \"rating\": 4.5, \"tags\": [],\n"
    "    \"book\": [\n"
    "      {\"title\": \"Sayings of the Century\", \"price\": 8.95, \"stock\": 12},\n"
    "      {\"title\": \"Sword of Honour\", \"price\": 12.99, \"stock\": 0,\n"
    "       \"isbn\": null},\n"
    "      {\"title\": \"Caf\\u00e9 \\ud83d\\ude00 Tales\", \"price\": 1e2, \"stock\": -3}\n"
    "    ]\n"
    "  },\n"
    "  \"limits\": {\"min\": -9223372036854775808, \"max\": 9223372036854775807,\n"
    "             \"big\": 18446744073709551616, \"tiny\": 2.5e-3},\n"
    "  \"escapes\": \"tab\\tnew\\nline\\\\slash\\/ctrl\\u0001\"\n"
    "}\n";

static int roundtrip_doc(const char *name, const char *src)
{
    char err[160];
    int fails = 0;
    JValue *a = json_parse(src, strlen(src), err, sizeof err);
    if (!a) {
        printf("%s: parse error %s\n", name, err);
        return 1;
    }
    char *compact = json_serialize(a, 0);
    char *pretty = json_serialize(a, 1);
    JValue *b = compact ? json_parse(compact, strlen(compact), err, sizeof err) : NULL;
    JValue *c = pretty ? json_parse(pretty, strlen(pretty), err, sizeof err) : NULL;
    char *compact2 = b ? json_serialize(b, 0) : NULL;
    if (!b || !c || !jv_equal(a, b) || !jv_equal(a, c) || !compact2 ||
        strcmp(compact, compact2) != 0) {
        printf("%s: round trip failed\n", name);
        fails++;
    }
    Stats st = {0};
    collect_stats(a, 0, &st);
    uint32_t h = 2166136261u;
    for (const char *s = compact; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    printf("%s: nodes=%zu depth=%zu strings=%zu bytes=%zu compact=%zu pretty=%zu hash=%08x\n",
           name, st.nodes, st.max_depth, st.strings, st.string_bytes,
           compact ? strlen(compact) : 0, pretty ? strlen(pretty) : 0, (unsigned)h);
    free(compact);
    free(compact2);
    free(pretty);
    jv_free(a);
    jv_free(b);
    jv_free(c);
    return fails;
}

/* Generate a larger deterministic document. */
static char *generate_doc(int records)
{
    StrBuf sb = {0};
    uint32_t x = 0x2545F491u;
    char tmp[128];
    sb_puts(&sb, "{\"records\":[");
    for (int i = 0; i < records; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        snprintf(tmp, sizeof tmp,
                 "%s{\"id\":%d,\"score\":%u,\"ratio\":%u.%02u,\"name\":\"item-%05u\",\"flags\":[%s,%s]}",
                 i ? "," : "", i, (unsigned)(x % 100000u), (unsigned)(x % 97u),
                 (unsigned)((x >> 8) % 100u), (unsigned)(x >> 17), (x & 1u) ? "true" : "false",
                 (x & 2u) ? "null" : "\"x\"");
        sb_puts(&sb, tmp);
    }
    sb_puts(&sb, "],\"count\":");
    snprintf(tmp, sizeof tmp, "%d}", records);
    sb_puts(&sb, tmp);
    return sb.buf;
}

int main(void)
{
    int fails = 0;
    char err[160];

    fails += roundtrip_doc("doc1", doc1);

    JValue *root = json_parse(doc1, strlen(doc1), err, sizeof err);
    if (root) {
        static const char *const queries[] = {
            "store.name", "store.book[1].title", "store.book[2].title", "store.book[0].price",
            "store.book[2].price", "limits.min", "limits.big", "store.book[1].isbn",
            "store.book[5]", "escapes",
        };
        for (size_t i = 0; i < sizeof queries / sizeof *queries; i++) {
            const JValue *v = json_query(root, queries[i]);
            char *s = v ? json_serialize(v, 0) : NULL;
            printf("  %-22s -> %s\n", queries[i], s ? s : "(missing)");
            free(s);
        }
        char *pretty = json_serialize(json_query(root, "store.book[0]"), 1);
        if (pretty)
            printf("%s\n", pretty);
        free(pretty);
        jv_free(root);
    } else {
        fails++;
    }

    char *big = generate_doc(400);
    if (big) {
        fails += roundtrip_doc("generated", big);
        JValue *g = json_parse(big, strlen(big), err, sizeof err);
        if (g) {
            const JValue *count = jv_get(g, "count");
            if (!count || count->type != J_INT || count->u.i != 400)
                fails++;
            int64_t total = 0;
            const JValue *arr = jv_get(g, "records");
            for (size_t i = 0; arr && i < arr->u.a.len; i++) {
                const JValue *sc = jv_get(arr->u.a.items[i], "score");
                if (sc && sc->type == J_INT)
                    total += sc->u.i;
            }
            printf("generated: score total=%lld\n", (long long)total);
            jv_free(g);
        } else {
            fails++;
        }
    }
    free(big);

    static const char *const bad[] = {
        "", "{", "[1,2,]", "{\"a\" 1}", "{\"a\":1,}", "[01]", "[1.]", "[-]", "\"abc",
        "[\"\\x\"]", "[\"\\ud800\"]", "tru", "[1] 2", "{1:2}", "[\"a\nb\"]", "nul",
    };
    int rejected = 0;
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        JValue *v = json_parse(bad[i], strlen(bad[i]), err, sizeof err);
        if (v) {
            printf("accepted bad input #%zu\n", i);
            jv_free(v);
            fails++;
        } else {
            rejected++;
            printf("  bad#%-2zu %s\n", i, err);
        }
    }

    /* Depth limit: 100 nested arrays must be rejected, 50 accepted. */
    char deep[256];
    for (int depth = 50; depth <= 100; depth += 50) {
        memset(deep, '[', (size_t)depth);
        memset(deep + depth, ']', (size_t)depth);
        JValue *v = json_parse(deep, 2 * (size_t)depth, err, sizeof err);
        printf("depth %d: %s\n", depth, v ? "accepted" : err);
        if ((v != NULL) != (depth == 50))
            fails++;
        jv_free(v);
    }

    printf("rejected=%d failures=%d\n", rejected, fails);
    return fails ? 1 : 0;
}
