/*
 * regex.c - a small backtracking regular-expression engine.
 *
 * Supported syntax: literals, '.', character classes "[a-z]", "[^...]",
 * escapes \d \w \s \D \W \S \. etc., anchors ^ and $, quantifiers * + ?
 * and {m}, {m,}, {m,n}, lazy variants (*? +? ??), and top-level
 * alternation with '|'.  Every atom is compiled to a 256-bit byte set.
 *
 * A second matcher simulates the same pattern as an NFA (state sets) and
 * is used to cross-check the backtracking matcher on random inputs.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ATOMS 128
#define MAX_ALTS 8
#define MAX_REPEAT 16

typedef enum { A_SET, A_BOL, A_EOL } AtomKind;
typedef enum { Q_ONE, Q_QUEST, Q_STAR, Q_PLUS } Quant;

typedef struct {
    uint8_t kind;
    uint8_t quant;
    uint8_t lazy;
    uint8_t set[32];   /* bitmap of accepted bytes */
} Atom;

typedef struct {
    Atom atoms[MAX_ATOMS];
    int n;
} Seq;

typedef struct {
    Seq alts[MAX_ALTS];
    int nalts;
    char error[64];
    unsigned long steps;   /* backtracking work counter */
} Regex;

/* ---- byte sets ---- */

static void set_add(uint8_t *s, unsigned c)
{
    s[c >> 3] |= (uint8_t)(1u << (c & 7));
}

static int set_has(const uint8_t *s, unsigned char c)
{
    return (s[c >> 3] >> (c & 7)) & 1;
}

static void set_add_range(uint8_t *s, unsigned lo, unsigned hi)
{
    for (unsigned c = lo; c <= hi; c++)
        set_add(s, c);
}

static void set_invert(uint8_t *s)
{
    for (int i = 0; i < 32; i++)
        s[i] = (uint8_t)~s[i];
}

/* Handles \d \w \s and their negations; other escapes are literal. */
static void set_add_escape(uint8_t *s, char e)
{
    uint8_t tmp[32];
    int negate = 0;
    memset(tmp, 0, sizeof tmp);
    switch (e) {
    case 'D': negate = 1; /* fall through */
    case 'd': set_add_range(tmp, '0', '9'); break;
    case 'W': negate = 1; /* fall through */
    case 'w':
        set_add_range(tmp, 'a', 'z');
        set_add_range(tmp, 'A', 'Z');
        set_add_range(tmp, '0', '9');
        set_add(tmp, '_');
        break;
    case 'S': negate = 1; /* fall through */
    case 's':
        set_add(tmp, ' ');
        set_add_range(tmp, '\t', '\r');
        break;
    case 'n': set_add(tmp, '\n'); break;
    case 't': set_add(tmp, '\t'); break;
    default: set_add(tmp, (unsigned char)e); break;
    }
    if (negate)
        set_invert(tmp);
    for (int i = 0; i < 32; i++)
        s[i] |= tmp[i];
}

/* ---- compiler ---- */

static int fail(Regex *re, const char *msg)
{
    snprintf(re->error, sizeof re->error, "%s", msg);
    return -1;
}

static const char *parse_class(Regex *re, const char *p, uint8_t *set)
{
    int negate = 0;
    if (*p == '^') {
        negate = 1;
        p++;
    }
    int first = 1;
    while (*p && (*p != ']' || first)) {
        unsigned lo;
        first = 0;
        if (*p == '\\') {
            if (!p[1]) {
                fail(re, "trailing backslash in class");
                return NULL;
            }
            char e = p[1];
            p += 2;
            if (strchr("dDwWsS", e)) {
                set_add_escape(set, e);
                continue;
            }
            lo = e == 'n' ? '\n' : e == 't' ? '\t' : (unsigned char)e;
        } else {
            lo = (unsigned char)*p++;
        }
        if (p[0] == '-' && p[1] && p[1] != ']') {
            unsigned hi = (unsigned char)p[1];
            p += 2;
            if (hi < lo) {
                fail(re, "reversed range");
                return NULL;
            }
            set_add_range(set, lo, hi);
        } else {
            set_add(set, lo);
        }
    }
    if (*p != ']') {
        fail(re, "unterminated class");
        return NULL;
    }
    if (negate)
        set_invert(set);
    return p + 1;
}

static const char *parse_count(const char *p, int *out)
{
    int v = 0, digits = 0;
    while (*p >= '0' && *p <= '9' && digits < 4) {
        v = v * 10 + (*p++ - '0');
        digits++;
    }
    *out = digits ? v : -1;
    return p;
}

static int push_atom(Regex *re, Seq *s, const Atom *a)
{
    if (s->n >= MAX_ATOMS)
        return fail(re, "pattern too long");
    s->atoms[s->n++] = *a;
    return 0;
}

int regex_compile(Regex *re, const char *pattern)
{
    memset(re, 0, sizeof *re);
    re->nalts = 1;
    Seq *seq = &re->alts[0];
    const char *p = pattern;
    while (*p) {
        Atom a;
        memset(&a, 0, sizeof a);
        a.kind = A_SET;
        a.quant = Q_ONE;
        switch (*p) {
        case '|':
            if (re->nalts >= MAX_ALTS)
                return fail(re, "too many alternatives");
            seq = &re->alts[re->nalts++];
            p++;
            continue;
        case '^': a.kind = A_BOL; p++; break;
        case '$': a.kind = A_EOL; p++; break;
        case '.':
            set_add_range(a.set, 0, 255);
            a.set['\n' >> 3] &= (uint8_t)~(1u << ('\n' & 7));
            p++;
            break;
        case '[':
            p = parse_class(re, p + 1, a.set);
            if (!p)
                return -1;
            break;
        case '\\':
            if (!p[1])
                return fail(re, "trailing backslash");
            set_add_escape(a.set, p[1]);
            p += 2;
            break;
        case '*': case '+': case '?': case '{':
            return fail(re, "quantifier without operand");
        default:
            set_add(a.set, (unsigned char)*p++);
            break;
        }

        /* Quantifier. */
        int min = 1, max = 1;
        if (*p == '*' || *p == '+' || *p == '?') {
            a.quant = *p == '*' ? Q_STAR : *p == '+' ? Q_PLUS : Q_QUEST;
            p++;
        } else if (*p == '{') {
            p = parse_count(p + 1, &min);
            if (min < 0)
                return fail(re, "bad repeat count");
            max = min;
            if (*p == ',') {
                p = parse_count(p + 1, &max);
                if (max < 0)
                    max = -1; /* unbounded */
            }
            if (*p != '}')
                return fail(re, "unterminated repeat");
            p++;
            if ((max >= 0 && max < min) || min > MAX_REPEAT || max > MAX_REPEAT)
                return fail(re, "bad repeat range");
        }
        if (a.quant != Q_ONE && *p == '?') {
            a.lazy = 1;
            p++;
        }
        if (a.kind != A_SET && (a.quant != Q_ONE || min != 1 || max != 1))
            return fail(re, "quantified anchor");
        if (*p == '*' || *p == '+' || (*p == '?' && a.quant != Q_ONE) || *p == '{')
            return fail(re, "stacked quantifiers");

        if (min == 1 && max == 1) {
            if (push_atom(re, seq, &a))
                return -1;
        } else {
            /* x{m,n} => m copies of x, then (n-m) copies of x? (or x* if unbounded) */
            Atom one = a, opt = a;
            one.quant = Q_ONE;
            opt.quant = max < 0 ? Q_STAR : Q_QUEST;
            for (int i = 0; i < min; i++)
                if (push_atom(re, seq, &one))
                    return -1;
            int extra = max < 0 ? 1 : max - min;
            for (int i = 0; i < extra; i++)
                if (push_atom(re, seq, &opt))
                    return -1;
        }
    }
    return 0;
}

/* ---- backtracking matcher ---- */

static int match_here(Regex *re, const Seq *s, int i, const char *text, int pos, int len,
                      int *end)
{
    re->steps++;
    if (i == s->n) {
        *end = pos;
        return 1;
    }
    const Atom *a = &s->atoms[i];
    if (a->kind == A_BOL)
        return pos == 0 && match_here(re, s, i + 1, text, pos, len, end);
    if (a->kind == A_EOL)
        return pos == len && match_here(re, s, i + 1, text, pos, len, end);

    switch (a->quant) {
    case Q_ONE:
        return pos < len && set_has(a->set, (unsigned char)text[pos]) &&
               match_here(re, s, i + 1, text, pos + 1, len, end);
    case Q_QUEST: {
        int can = pos < len && set_has(a->set, (unsigned char)text[pos]);
        if (!a->lazy && can && match_here(re, s, i + 1, text, pos + 1, len, end))
            return 1;
        if (match_here(re, s, i + 1, text, pos, len, end))
            return 1;
        return a->lazy && can && match_here(re, s, i + 1, text, pos + 1, len, end);
    }
    default: {
        int min = a->quant == Q_PLUS ? 1 : 0;
        int run = 0;
        while (pos + run < len && set_has(a->set, (unsigned char)text[pos + run]))
            run++;
        if (run < min)
            return 0;
        if (a->lazy) {
            for (int k = min; k <= run; k++)
                if (match_here(re, s, i + 1, text, pos + k, len, end))
                    return 1;
        } else {
            for (int k = run; k >= min; k--)
                if (match_here(re, s, i + 1, text, pos + k, len, end))
                    return 1;
        }
        return 0;
    }
    }
}

/* Leftmost match; alternatives are tried in order at each start position. */
int regex_search(Regex *re, const char *text, int *mstart, int *mend)
{
    int len = (int)strlen(text);
    for (int start = 0; start <= len; start++) {
        for (int k = 0; k < re->nalts; k++) {
            int end;
            if (match_here(re, &re->alts[k], 0, text, start, len, &end)) {
                *mstart = start;
                *mend = end;
                return 1;
            }
        }
    }
    return 0;
}

/* ---- NFA simulation (existence only) ---- */

static void nfa_close(const Seq *s, uint8_t *states, int pos, int len)
{
    /* states are ordered, and epsilon moves only go forward: one pass suffices */
    for (int i = 0; i < s->n; i++) {
        if (!states[i])
            continue;
        const Atom *a = &s->atoms[i];
        if ((a->kind == A_BOL && pos == 0) || (a->kind == A_EOL && pos == len) ||
            (a->kind == A_SET && (a->quant == Q_QUEST || a->quant == Q_STAR)))
            states[i + 1] = 1;
    }
}

static int nfa_search(const Regex *re, const char *text)
{
    int len = (int)strlen(text);
    for (int k = 0; k < re->nalts; k++) {
        const Seq *s = &re->alts[k];
        /* PLUS is modelled with a "seen one" shadow state per atom. */
        uint8_t cur[MAX_ATOMS + 1], nxt[MAX_ATOMS + 1];
        uint8_t plus_cur[MAX_ATOMS], plus_nxt[MAX_ATOMS];
        memset(cur, 0, sizeof cur);
        memset(plus_cur, 0, sizeof plus_cur);
        for (int pos = 0; pos <= len; pos++) {
            cur[0] = 1; /* unanchored: a match may start anywhere */
            for (int i = 0; i < s->n; i++)
                if (plus_cur[i])
                    cur[i + 1] = 1;
            /* closure may enable a plus-shadow's successor chain */
            nfa_close(s, cur, pos, len);
            if (cur[s->n])
                return 1;
            if (pos == len)
                break;
            unsigned char c = (unsigned char)text[pos];
            memset(nxt, 0, sizeof nxt);
            memset(plus_nxt, 0, sizeof plus_nxt);
            for (int i = 0; i < s->n; i++) {
                const Atom *a = &s->atoms[i];
                int active = cur[i] || (plus_cur[i] && a->quant == Q_PLUS);
                if (!active || a->kind != A_SET || !set_has(a->set, c))
                    continue;
                switch (a->quant) {
                case Q_ONE:
                case Q_QUEST: nxt[i + 1] = 1; break;
                case Q_STAR: nxt[i] = 1; break;
                case Q_PLUS: plus_nxt[i] = 1; break;
                }
            }
            memcpy(cur, nxt, sizeof cur);
            memcpy(plus_cur, plus_nxt, sizeof plus_cur);
        }
    }
    return 0;
}

/* ---- tests ---- */

typedef struct {
    const char *pattern, *text;
    int start, end;   /* expected span, start = -1 for no match */
} Case;

static const Case cases[] = {
    {"abc", "xxabcxx", 2, 5},
    {"a.c", "abc adc", 0, 3},
    {"^abc", "xabc", -1, -1},
    {"abc$", "abcabc", 3, 6},
    {"a*", "bbb", 0, 0},
    {"ba*", "xbaaay", 1, 5},
    {"ba*?", "xbaaay", 1, 2},
    {"ba+?y", "xbaaay", 1, 6},
    {"colou?r", "my color", 3, 8},
    {"colou?r", "my colour", 3, 9},
    {"[0-9]+", "abc 12345 def", 4, 9},
    {"[^a-z ]+", "abc DEF ghi", 4, 7},
    {"\\d{3}-\\d{4}", "call 555-1234 now", 5, 13},
    {"\\w+@\\w+\\.com", "mail bob@example.com!", 5, 20},
    {"x{2,3}", "xxxxx", 0, 3},
    {"x{2,}y", "axxxxy", 1, 6},
    {"^$", "", 0, 0},
    {"^a|b$", "cab", 2, 3},
    {"cat|dog", "hotdog cat", 3, 6},
    {"\\s+", "a \t b", 1, 4},
    {"[]]", "a]b", 1, 2},
    {"[a\\-z]+", "b-a-z", 1, 5},
    {"a.*b", "a\nb axxb", 4, 8},
    {"\\.\\*", "a.*b", 1, 3},
    {"h.*o w.*d", "hello world", 0, 11},
    {"(", "(", 0, 1},
};

static const char *const bad_patterns[] = {
    "*a", "a**", "[abc", "a{3,2}", "a{", "^*", "abc\\", "[z-a]", "a{99}",
};

static uint32_t rng = 0x1234567u;

static uint32_t next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

static void random_pattern(char *out, int maxlen)
{
    static const char *const pieces[] = {"a", "b", ".", "[ab]", "[^a]", "a*", "b+", "a?",
                                         ".*", "b*?", "a{1,2}", "^", "$", "|"};
    int n = 1 + (int)(next_rand() % 5u), len = 0;
    out[0] = '\0';
    for (int i = 0; i < n; i++) {
        const char *p = pieces[next_rand() % (sizeof pieces / sizeof *pieces)];
        if (*p == '|' && (i == 0 || i == n - 1))
            p = "a";
        int pl = (int)strlen(p);
        if (len + pl >= maxlen)
            break;
        memcpy(out + len, p, (size_t)pl + 1);
        len += pl;
    }
}

int main(void)
{
    Regex *re = malloc(sizeof *re);
    int fails = 0;
    if (!re)
        return 2;

    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const Case *c = &cases[i];
        int s = -1, e = -1;
        if (regex_compile(re, c->pattern) != 0) {
            printf("compile error for '%s': %s\n", c->pattern, re->error);
            fails++;
            continue;
        }
        if (!regex_search(re, c->text, &s, &e))
            s = e = -1;
        int ok = s == c->start && e == c->end;
        int nfa = nfa_search(re, c->text);
        if (nfa != (s >= 0))
            ok = 0;
        if (!ok) {
            printf("case %zu '%s': got [%d,%d) want [%d,%d) nfa=%d\n", i, c->pattern, s, e,
                   c->start, c->end, nfa);
            fails++;
        }
    }
    printf("table cases: %zu run\n", sizeof cases / sizeof *cases);

    int rejected = 0;
    for (size_t i = 0; i < sizeof bad_patterns / sizeof *bad_patterns; i++) {
        if (regex_compile(re, bad_patterns[i]) != 0) {
            rejected++;
            printf("  reject %-8s : %s\n", bad_patterns[i], re->error);
        } else {
            printf("  accepted bad pattern %s\n", bad_patterns[i]);
            fails++;
        }
    }

    /* Random cross-check between the backtracking matcher and the NFA. */
    int agree = 0, matched = 0, disagree = 0;
    unsigned long total_steps = 0;
    uint32_t span_hash = 2166136261u;
    for (int t = 0; t < 1500; t++) {
        char pat[48], text[24];
        random_pattern(pat, (int)sizeof pat);
        int tl = (int)(next_rand() % 12u);
        for (int k = 0; k < tl; k++)
            text[k] = "abc"[next_rand() % 3u];
        text[tl] = '\0';
        if (regex_compile(re, pat) != 0) {
            printf("random pattern failed to compile: %s (%s)\n", pat, re->error);
            fails++;
            continue;
        }
        int s = -1, e = -1;
        int bt = regex_search(re, text, &s, &e);
        int nf = nfa_search(re, text);
        total_steps += re->steps;
        if (bt == nf) {
            agree++;
        } else {
            disagree++;
            if (disagree <= 3)
                printf("disagree: /%s/ on '%s' bt=%d nfa=%d\n", pat, text, bt, nf);
        }
        matched += bt;
        span_hash = (span_hash ^ (uint32_t)(s + 1)) * 16777619u;
        span_hash = (span_hash ^ (uint32_t)(e + 1)) * 16777619u;
    }
    printf("random: agree=%d disagree=%d matched=%d steps=%lu spans=%08x\n", agree, disagree,
           matched, total_steps, (unsigned)span_hash);
    fails += disagree;

    /* Searching a longer text for all non-overlapping words. */
    const char *doc = "The year 1969 saw 3 astronauts; 2 walked, 1 orbited. Apollo-11!";
    if (regex_compile(re, "[A-Za-z]+|\\d+") == 0) {
        int pos = 0, words = 0, numbers = 0;
        while (doc[pos]) {
            int s, e;
            if (!regex_search(re, doc + pos, &s, &e))
                break;
            if (doc[pos + s] >= '0' && doc[pos + s] <= '9')
                numbers++;
            else
                words++;
            pos += e > s ? e : s + 1;
        }
        printf("tokens: words=%d numbers=%d\n", words, numbers);
        fails += !(words == 7 && numbers == 5);
    }

    free(re);
    printf("rejected=%d failures=%d\n", rejected, fails);
    return fails ? 1 : 0;
}
