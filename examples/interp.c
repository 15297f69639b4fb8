/*
 * interp.c - a tiny language compiled to stack bytecode and run on a VM.
 *
 * Language:
 *   program   := { fn_decl | statement }
 *   fn_decl   := "fn" IDENT "(" [IDENT {"," IDENT}] ")" block
 *   statement := "let" IDENT "=" expr ";" | IDENT "=" expr ";"
 *              | "print" expr ";" | "return" expr ";" | expr ";"
 *              | "if" "(" expr ")" block ["else" (block | if-statement)]
 *              | "while" "(" expr ")" block
 *   expr      := precedence climbing over || && == != < <= > >= + - * / %
 *                with unary - and !, integer literals, variables and calls.
 *
 * Values are 64-bit integers with wrap-around arithmetic.  The compiler is
 * single pass and optionally folds constant sub-expressions; main() runs
 * each test program with and without folding and compares the results.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FUNCS 32
#define MAX_LOCALS 64
#define MAX_NAME 32
#define STACK_MAX 2048
#define FRAMES_MAX 200
#define MAX_CONSTS 512

typedef enum {
    OP_CONST, OP_LOAD, OP_STORE, OP_POP,
    OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_NEG, OP_NOT,
    OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,
    OP_JMP, OP_JZ, OP_CALL, OP_RET, OP_PRINT, OP_HALT,
    OP_COUNT
} OpCode;

static const struct {
    const char *name;
    int operands;
} op_info[OP_COUNT] = {
    {"CONST", 1}, {"LOAD", 1}, {"STORE", 1}, {"POP", 0},
    {"ADD", 0}, {"SUB", 0}, {"MUL", 0}, {"DIV", 0}, {"MOD", 0}, {"NEG", 0}, {"NOT", 0},
    {"EQ", 0}, {"NE", 0}, {"LT", 0}, {"LE", 0}, {"GT", 0}, {"GE", 0},
    {"JMP", 1}, {"JZ", 1}, {"CALL", 1}, {"RET", 0}, {"PRINT", 0}, {"HALT", 0},
};

typedef struct {
    char name[MAX_NAME];
    int arity;          /* -1 while only referenced, not yet defined */
    int nlocals;
    int32_t *code;
    int len, cap;
    int ref_line;       /* first reference, for error messages */
} Function;

typedef struct {
    Function funcs[MAX_FUNCS];
    int nfuncs;
    int64_t consts[MAX_CONSTS];
    int nconsts;
} Program;

typedef enum {
    TK_EOF, TK_NUM, TK_IDENT, TK_LET, TK_WHILE, TK_IF, TK_ELSE, TK_PRINT, TK_FN, TK_RETURN,
    TK_LPAREN, TK_RPAREN, TK_LBRACE, TK_RBRACE, TK_SEMI, TK_COMMA, TK_ASSIGN,
    TK_PLUS, TK_MINUS, TK_STAR, TK_SLASH, TK_PERCENT, TK_BANG,
    TK_EQ, TK_NE, TK_LT, TK_LE, TK_GT, TK_GE, TK_AND, TK_OR, TK_ERROR
} TokType;

typedef struct {
    TokType type;
    const char *start;
    int len;
    int line;
    uint64_t num;
} Token;

typedef struct {
    char name[MAX_NAME];
    int slot;
    int depth;
} Local;

typedef struct {
    const char *src;
    const char *cur;
    int line;
    Token tok, prev;
    Program *prog;
    Function *fn;           /* function being compiled */
    Local locals[MAX_LOCALS];
    int nlocals, scope_depth;
    int fold;               /* constant folding enabled */
    int barrier;            /* no folding across this code offset (jump target) */
    int last_op[2];         /* offsets of the two most recent instructions */
    char error[128];
} Compiler;

/* ------------------------------------------------------------------ */
/* Lexer                                                               */
/* ------------------------------------------------------------------ */

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static TokType keyword(const char *s, int len)
{
    static const struct {
        const char *word;
        TokType type;
    } kw[] = {
        {"let", TK_LET}, {"while", TK_WHILE}, {"if", TK_IF}, {"else", TK_ELSE},
        {"print", TK_PRINT}, {"fn", TK_FN}, {"return", TK_RETURN},
    };
    for (size_t i = 0; i < sizeof kw / sizeof *kw; i++)
        if ((int)strlen(kw[i].word) == len && memcmp(kw[i].word, s, (size_t)len) == 0)
            return kw[i].type;
    return TK_IDENT;
}

static Token lex(Compiler *c)
{
    Token t;
    for (;;) {
        while (*c->cur == ' ' || *c->cur == '\t' || *c->cur == '\r' || *c->cur == '\n') {
            if (*c->cur == '\n')
                c->line++;
            c->cur++;
        }
        if (c->cur[0] == '/' && c->cur[1] == '/') {
            while (*c->cur && *c->cur != '\n')
                c->cur++;
            continue;
        }
        break;
    }
    t.start = c->cur;
    t.line = c->line;
    t.num = 0;
    t.len = 1;
    char ch = *c->cur;
    if (ch == '\0') {
        t.type = TK_EOF;
        t.len = 0;
        return t;
    }
    if (is_digit(ch)) {
        uint64_t v = 0;
        int overflow = 0;
        while (is_digit(*c->cur)) {
            uint64_t d = (uint64_t)(*c->cur - '0');
            if (v > (UINT64_MAX - d) / 10)
                overflow = 1;
            v = v * 10 + d;
            c->cur++;
        }
        t.type = overflow ? TK_ERROR : TK_NUM;
        t.num = v;
        t.len = (int)(c->cur - t.start);
        return t;
    }
    if (is_alpha(ch)) {
        while (is_alpha(*c->cur) || is_digit(*c->cur))
            c->cur++;
        t.len = (int)(c->cur - t.start);
        t.type = keyword(t.start, t.len);
        return t;
    }
    c->cur++;
    char nx = *c->cur;
    switch (ch) {
    case '(': t.type = TK_LPAREN; break;
    case ')': t.type = TK_RPAREN; break;
    case '{': t.type = TK_LBRACE; break;
    case '}': t.type = TK_RBRACE; break;
    case ';': t.type = TK_SEMI; break;
    case ',': t.type = TK_COMMA; break;
    case '+': t.type = TK_PLUS; break;
    case '-': t.type = TK_MINUS; break;
    case '*': t.type = TK_STAR; break;
    case '/': t.type = TK_SLASH; break;
    case '%': t.type = TK_PERCENT; break;
    case '=':
        t.type = nx == '=' ? TK_EQ : TK_ASSIGN;
        break;
    case '!':
        t.type = nx == '=' ? TK_NE : TK_BANG;
        break;
    case '<':
        t.type = nx == '=' ? TK_LE : TK_LT;
        break;
    case '>':
        t.type = nx == '=' ? TK_GE : TK_GT;
        break;
    case '&':
        t.type = nx == '&' ? TK_AND : TK_ERROR;
        break;
    case '|':
        t.type = nx == '|' ? TK_OR : TK_ERROR;
        break;
    default:
        t.type = TK_ERROR;
        break;
    }
    if (t.type == TK_EQ || t.type == TK_NE || t.type == TK_LE || t.type == TK_GE ||
        t.type == TK_AND || t.type == TK_OR) {
        c->cur++;
        t.len = 2;
    }
    return t;
}

/* ------------------------------------------------------------------ */
/* Compiler helpers                                                    */
/* ------------------------------------------------------------------ */

static void error_at(Compiler *c, int line, const char *msg)
{
    if (c->error[0])
        return;
    snprintf(c->error, sizeof c->error, "line %d: %s", line, msg);
}

static void advance(Compiler *c)
{
    c->prev = c->tok;
    c->tok = lex(c);
    if (c->tok.type == TK_ERROR)
        error_at(c, c->tok.line, "invalid token");
}

static int check(const Compiler *c, TokType t)
{
    return c->tok.type == t;
}

static int accept(Compiler *c, TokType t)
{
    if (!check(c, t))
        return 0;
    advance(c);
    return 1;
}

static void expect(Compiler *c, TokType t, const char *msg)
{
    if (!accept(c, t))
        error_at(c, c->tok.line, msg);
}

static void emit_word(Compiler *c, int32_t w)
{
    Function *f = c->fn;
    if (f->len == f->cap) {
        int ncap = f->cap ? f->cap * 2 : 64;
        int32_t *p = realloc(f->code, (size_t)ncap * sizeof *p);
        if (!p) {
            error_at(c, c->tok.line, "out of memory");
            return;
        }
        f->code = p;
        f->cap = ncap;
    }
    f->code[f->len++] = w;
}

static void emit_op(Compiler *c, OpCode op)
{
    c->last_op[0] = c->last_op[1];
    c->last_op[1] = c->fn->len;
    emit_word(c, (int32_t)op);
}

static void emit_op_arg(Compiler *c, OpCode op, int32_t arg)
{
    emit_op(c, op);
    emit_word(c, arg);
}

static int add_const(Compiler *c, int64_t v)
{
    Program *p = c->prog;
    for (int i = 0; i < p->nconsts; i++)
        if (p->consts[i] == v)
            return i;
    if (p->nconsts >= MAX_CONSTS) {
        error_at(c, c->tok.line, "too many constants");
        return 0;
    }
    p->consts[p->nconsts] = v;
    return p->nconsts++;
}

static void emit_const(Compiler *c, int64_t v)
{
    emit_op_arg(c, OP_CONST, add_const(c, v));
}

/* Current offset becomes a jump target: forbid folding across it. */
static int mark_label(Compiler *c)
{
    c->barrier = c->fn->len;
    return c->fn->len;
}

static int emit_jump(Compiler *c, OpCode op)
{
    emit_op_arg(c, op, -1);
    return c->fn->len - 1;
}

static void patch_jump(Compiler *c, int at)
{
    c->fn->code[at] = mark_label(c);
}

/* Wrapping arithmetic without signed-overflow UB. */
static int64_t wrap_add(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }
static int64_t wrap_sub(int64_t a, int64_t b) { return (int64_t)((uint64_t)a - (uint64_t)b); }
static int64_t wrap_mul(int64_t a, int64_t b) { return (int64_t)((uint64_t)a * (uint64_t)b); }

static int64_t safe_div(int64_t a, int64_t b)
{
    if (b == -1)
        return wrap_sub(0, a);
    return a / b;
}

static int64_t safe_mod(int64_t a, int64_t b)
{
    if (b == -1)
        return 0;
    return a % b;
}

/* Evaluate a binary op on constants; returns 0 if it must be left to run time. */
static int fold_binary(OpCode op, int64_t a, int64_t b, int64_t *out)
{
    switch (op) {
    case OP_ADD: *out = wrap_add(a, b); return 1;
    case OP_SUB: *out = wrap_sub(a, b); return 1;
    case OP_MUL: *out = wrap_mul(a, b); return 1;
    case OP_DIV: if (b == 0) return 0; *out = safe_div(a, b); return 1;
    case OP_MOD: if (b == 0) return 0; *out = safe_mod(a, b); return 1;
    case OP_EQ: *out = a == b; return 1;
    case OP_NE: *out = a != b; return 1;
    case OP_LT: *out = a < b; return 1;
    case OP_LE: *out = a <= b; return 1;
    case OP_GT: *out = a > b; return 1;
    case OP_GE: *out = a >= b; return 1;
    default: return 0;
    }
}

static void emit_binary(Compiler *c, OpCode op)
{
    Function *f = c->fn;
    int a = c->last_op[0], b = c->last_op[1];
    if (c->fold && a >= c->barrier && b == a + 2 && b + 2 == f->len &&
        f->code[a] == OP_CONST && f->code[b] == OP_CONST) {
        int64_t r;
        if (fold_binary(op, c->prog->consts[f->code[a + 1]], c->prog->consts[f->code[b + 1]], &r)) {
            f->len = a;
            c->last_op[1] = -1;
            emit_const(c, r);
            c->last_op[0] = -1;
            return;
        }
    }
    emit_op(c, op);
}

static void emit_unary(Compiler *c, OpCode op)
{
    Function *f = c->fn;
    int a = c->last_op[1];
    if (c->fold && a >= c->barrier && a + 2 == f->len && f->code[a] == OP_CONST) {
        int64_t v = c->prog->consts[f->code[a + 1]];
        f->len = a;
        c->last_op[1] = c->last_op[0];
        emit_const(c, op == OP_NEG ? wrap_sub(0, v) : (int64_t)(v == 0));
        return;
    }
    emit_op(c, op);
}

static int find_local(const Compiler *c, const Token *t)
{
    for (int i = c->nlocals - 1; i >= 0; i--)
        if ((int)strlen(c->locals[i].name) == t->len &&
            memcmp(c->locals[i].name, t->start, (size_t)t->len) == 0)
            return c->locals[i].slot;
    return -1;
}

static int declare_local(Compiler *c, const Token *t)
{
    if (t->len >= MAX_NAME) {
        error_at(c, t->line, "name too long");
        return 0;
    }
    for (int i = c->nlocals - 1; i >= 0 && c->locals[i].depth == c->scope_depth; i--)
        if ((int)strlen(c->locals[i].name) == t->len &&
            memcmp(c->locals[i].name, t->start, (size_t)t->len) == 0)
            return c->locals[i].slot; /* re-declaration in same scope reuses the slot */
    if (c->nlocals >= MAX_LOCALS) {
        error_at(c, t->line, "too many locals");
        return 0;
    }
    Local *l = &c->locals[c->nlocals++];
    memcpy(l->name, t->start, (size_t)t->len);
    l->name[t->len] = '\0';
    l->depth = c->scope_depth;
    l->slot = c->fn->nlocals++;
    return l->slot;
}

static int lookup_function(Compiler *c, const Token *t)
{
    Program *p = c->prog;
    if (t->len >= MAX_NAME) {
        error_at(c, t->line, "name too long");
        return 0;
    }
    for (int i = 0; i < p->nfuncs; i++)
        if ((int)strlen(p->funcs[i].name) == t->len &&
            memcmp(p->funcs[i].name, t->start, (size_t)t->len) == 0)
            return i;
    if (p->nfuncs >= MAX_FUNCS) {
        error_at(c, t->line, "too many functions");
        return 0;
    }
    Function *f = &p->funcs[p->nfuncs];
    memset(f, 0, sizeof *f);
    memcpy(f->name, t->start, (size_t)t->len);
    f->arity = -1;
    f->ref_line = t->line;
    return p->nfuncs++;
}

/* ------------------------------------------------------------------ */
/* Expressions                                                         */
/* ------------------------------------------------------------------ */

static void expression(Compiler *c);

static void call(Compiler *c, Token name)
{
    int argc = 0;
    if (!check(c, TK_RPAREN)) {
        do {
            expression(c);
            argc++;
        } while (accept(c, TK_COMMA));
    }
    expect(c, TK_RPAREN, "expected ')' after arguments");
    int idx = lookup_function(c, &name);
    Function *callee = &c->prog->funcs[idx];
    if (callee->arity >= 0 && callee->arity != argc)
        error_at(c, name.line, "wrong number of arguments");
    else if (callee->arity < 0 && callee->nlocals == 0)
        callee->nlocals = argc + 1000; /* remember expected arity (+1000 marker) */
    else if (callee->arity < 0 && callee->nlocals != argc + 1000)
        error_at(c, name.line, "inconsistent argument count");
    emit_op_arg(c, OP_CALL, idx);
}

static void primary(Compiler *c)
{
    if (accept(c, TK_NUM)) {
        if (c->prev.num > (uint64_t)INT64_MAX)
            error_at(c, c->prev.line, "integer literal too large");
        emit_const(c, (int64_t)c->prev.num);
    } else if (accept(c, TK_IDENT)) {
        Token name = c->prev;
        if (accept(c, TK_LPAREN)) {
            call(c, name);
        } else {
            int slot = find_local(c, &name);
            if (slot < 0)
                error_at(c, name.line, "undefined variable");
            emit_op_arg(c, OP_LOAD, slot < 0 ? 0 : slot);
        }
    } else if (accept(c, TK_LPAREN)) {
        expression(c);
        expect(c, TK_RPAREN, "expected ')'");
    } else {
        error_at(c, c->tok.line, "expected expression");
        advance(c);
    }
}

static void unary(Compiler *c)
{
    if (accept(c, TK_MINUS)) {
        unary(c);
        emit_unary(c, OP_NEG);
    } else if (accept(c, TK_BANG)) {
        unary(c);
        emit_unary(c, OP_NOT);
    } else {
        primary(c);
    }
}

static int binary_prec(TokType t, OpCode *op)
{
    switch (t) {
    case TK_STAR: *op = OP_MUL; return 6;
    case TK_SLASH: *op = OP_DIV; return 6;
    case TK_PERCENT: *op = OP_MOD; return 6;
    case TK_PLUS: *op = OP_ADD; return 5;
    case TK_MINUS: *op = OP_SUB; return 5;
    case TK_LT: *op = OP_LT; return 4;
    case TK_LE: *op = OP_LE; return 4;
    case TK_GT: *op = OP_GT; return 4;
    case TK_GE: *op = OP_GE; return 4;
    case TK_EQ: *op = OP_EQ; return 3;
    case TK_NE: *op = OP_NE; return 3;
    case TK_AND: return 2;
    case TK_OR: return 1;
    default: return 0;
    }
}

/* Precedence climbing; && and || short-circuit and yield 0/1. */
static void expr_prec(Compiler *c, int min_prec)
{
    unary(c);
    for (;;) {
        OpCode op = OP_HALT;
        int prec = binary_prec(c->tok.type, &op);
        if (prec == 0 || prec < min_prec || c->error[0])
            return;
        TokType tt = c->tok.type;
        advance(c);
        if (tt == TK_AND || tt == TK_OR) {
            /* a && b:  a; JZ F; b; JZ F; 1; JMP E; F: 0; E:
               a || b:  a; NOT; JZ T; b; NOT; JZ T; 0; JMP E; T: 1; E: */
            if (tt == TK_OR)
                emit_op(c, OP_NOT);
            int j1 = emit_jump(c, OP_JZ);
            expr_prec(c, prec + 1);
            if (tt == TK_OR)
                emit_op(c, OP_NOT);
            int j2 = emit_jump(c, OP_JZ);
            emit_const(c, tt == TK_AND ? 1 : 0);
            int j3 = emit_jump(c, OP_JMP);
            patch_jump(c, j1);
            patch_jump(c, j2);
            emit_const(c, tt == TK_AND ? 0 : 1);
            patch_jump(c, j3);
            c->barrier = c->fn->len; /* result is not a foldable constant */
        } else {
            expr_prec(c, prec + 1);
            emit_binary(c, op);
        }
    }
}

static void expression(Compiler *c)
{
    expr_prec(c, 1);
}

/* ------------------------------------------------------------------ */
/* Statements                                                          */
/* ------------------------------------------------------------------ */

static void statement(Compiler *c);

static void block(Compiler *c)
{
    expect(c, TK_LBRACE, "expected '{'");
    c->scope_depth++;
    while (!check(c, TK_RBRACE) && !check(c, TK_EOF) && !c->error[0])
        statement(c);
    expect(c, TK_RBRACE, "expected '}'");
    c->scope_depth--;
    while (c->nlocals > 0 && c->locals[c->nlocals - 1].depth > c->scope_depth)
        c->nlocals--;
}

static void if_statement(Compiler *c)
{
    expect(c, TK_LPAREN, "expected '(' after if");
    expression(c);
    expect(c, TK_RPAREN, "expected ')'");
    int jfalse = emit_jump(c, OP_JZ);
    block(c);
    if (accept(c, TK_ELSE)) {
        int jend = emit_jump(c, OP_JMP);
        patch_jump(c, jfalse);
        if (accept(c, TK_IF))
            if_statement(c);
        else
            block(c);
        patch_jump(c, jend);
    } else {
        patch_jump(c, jfalse);
    }
}

static void statement(Compiler *c)
{
    if (accept(c, TK_LET)) {
        expect(c, TK_IDENT, "expected name after let");
        Token name = c->prev;
        expect(c, TK_ASSIGN, "expected '='");
        expression(c);
        /* declare after the initializer so 'let x = x + 1' sees the outer x */
        emit_op_arg(c, OP_STORE, declare_local(c, &name));
        expect(c, TK_SEMI, "expected ';'");
    } else if (accept(c, TK_PRINT)) {
        expression(c);
        emit_op(c, OP_PRINT);
        expect(c, TK_SEMI, "expected ';'");
    } else if (accept(c, TK_RETURN)) {
        expression(c);
        emit_op(c, OP_RET);
        expect(c, TK_SEMI, "expected ';'");
    } else if (accept(c, TK_IF)) {
        if_statement(c);
    } else if (accept(c, TK_WHILE)) {
        int top = mark_label(c);
        expect(c, TK_LPAREN, "expected '(' after while");
        expression(c);
        expect(c, TK_RPAREN, "expected ')'");
        int jexit = emit_jump(c, OP_JZ);
        block(c);
        emit_op_arg(c, OP_JMP, top);
        patch_jump(c, jexit);
    } else if (check(c, TK_IDENT)) {
        /* assignment or expression statement: peek for '=' */
        const char *save_cur = c->cur;
        int save_line = c->line;
        Token save_tok = c->tok, save_prev = c->prev;
        advance(c);
        if (check(c, TK_ASSIGN)) {
            Token name = c->prev;
            advance(c);
            expression(c);
            int slot = find_local(c, &name);
            if (slot < 0)
                error_at(c, name.line, "assignment to undeclared variable");
            emit_op_arg(c, OP_STORE, slot < 0 ? 0 : slot);
            expect(c, TK_SEMI, "expected ';'");
        } else {
            c->cur = save_cur;
            c->line = save_line;
            c->tok = save_tok;
            c->prev = save_prev;
            expression(c);
            emit_op(c, OP_POP);
            expect(c, TK_SEMI, "expected ';'");
        }
    } else {
        expression(c);
        emit_op(c, OP_POP);
        expect(c, TK_SEMI, "expected ';'");
    }
}

static void begin_function(Compiler *c, Function *f)
{
    c->fn = f;
    c->nlocals = 0;
    c->scope_depth = 0;
    c->barrier = f->len;
    c->last_op[0] = c->last_op[1] = -1;
}

static void function_decl(Compiler *c)
{
    Function *saved_fn = c->fn;
    Local saved_locals[MAX_LOCALS];
    int saved_n = c->nlocals, saved_depth = c->scope_depth, saved_barrier = c->barrier;
    int saved_last[2] = {c->last_op[0], c->last_op[1]};
    memcpy(saved_locals, c->locals, sizeof saved_locals);

    expect(c, TK_IDENT, "expected function name");
    int idx = lookup_function(c, &c->prev);
    Function *f = &c->prog->funcs[idx];
    int line = c->prev.line;
    if (f->arity >= 0)
        error_at(c, line, "function redefined");
    int expected = f->nlocals >= 1000 ? f->nlocals - 1000 : -1;
    f->nlocals = 0;
    begin_function(c, f);
    expect(c, TK_LPAREN, "expected '('");
    int arity = 0;
    if (!check(c, TK_RPAREN)) {
        do {
            expect(c, TK_IDENT, "expected parameter name");
            declare_local(c, &c->prev);
            arity++;
        } while (accept(c, TK_COMMA));
    }
    expect(c, TK_RPAREN, "expected ')'");
    f->arity = arity;
    if (expected >= 0 && expected != arity)
        error_at(c, line, "wrong number of arguments");
    block(c);
    emit_const(c, 0);   /* implicit 'return 0' */
    emit_op(c, OP_RET);

    c->fn = saved_fn;
    memcpy(c->locals, saved_locals, sizeof saved_locals);
    c->nlocals = saved_n;
    c->scope_depth = saved_depth;
    c->barrier = saved_barrier;
    c->last_op[0] = saved_last[0];
    c->last_op[1] = saved_last[1];
}

static void program_free(Program *p)
{
    for (int i = 0; i < p->nfuncs; i++)
        free(p->funcs[i].code);
    p->nfuncs = 0;
}

/* Function 0 is the implicit main holding all top-level statements. */
int compile(const char *src, Program *prog, int fold, char *err, size_t errlen)
{
    Compiler *c = calloc(1, sizeof *c);
    if (!c) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    memset(prog, 0, sizeof *prog);
    c->src = c->cur = src;
    c->line = 1;
    c->prog = prog;
    c->fold = fold;
    Token main_name = {TK_IDENT, "<main>", 6, 0, 0};
    lookup_function(c, &main_name);
    prog->funcs[0].arity = 0;
    begin_function(c, &prog->funcs[0]);
    advance(c);
    while (!check(c, TK_EOF) && !c->error[0]) {
        if (accept(c, TK_FN))
            function_decl(c);
        else
            statement(c);
    }
    emit_op(c, OP_HALT);
    for (int i = 0; i < prog->nfuncs && !c->error[0]; i++)
        if (prog->funcs[i].arity < 0)
            error_at(c, prog->funcs[i].ref_line, "call to undefined function");
    int rc = c->error[0] ? -1 : 0;
    if (rc)
        snprintf(err, errlen, "%s", c->error);
    free(c);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Virtual machine                                                     */
/* ------------------------------------------------------------------ */

typedef struct {
    const Function *fn;
    int ip;
    int bp;
} Frame;

typedef struct {
    int64_t stack[STACK_MAX];
    Frame frames[FRAMES_MAX];
    uint64_t steps;
    uint64_t out_hash;
    int printed;
    int echo;
    char error[96];
} VM;

#define PUSH(v)                                                     \
    do {                                                            \
        if (sp >= STACK_MAX) {                                      \
            snprintf(vm->error, sizeof vm->error, "stack overflow"); \
            return -1;                                              \
        }                                                           \
        vm->stack[sp++] = (v);                                      \
    } while (0)

static void vm_output(VM *vm, int64_t v)
{
    uint64_t u = (uint64_t)v;
    for (int i = 0; i < 8; i++) {
        vm->out_hash ^= (u >> (8 * i)) & 0xFFu;
        vm->out_hash *= 1099511628211ull;
    }
    vm->printed++;
    if (vm->echo)
        printf("    out: %lld\n", (long long)v);
}

int vm_run(VM *vm, const Program *prog, uint64_t max_steps)
{
    int sp = 0, fp = 0;
    const Function *fn = &prog->funcs[0];
    const int32_t *code = fn->code;
    int ip = 0, bp = 0;
    vm->steps = 0;
    vm->out_hash = 14695981039346656037ull;
    vm->printed = 0;
    vm->error[0] = '\0';
    for (int i = 0; i < fn->nlocals; i++)
        PUSH(0);

    for (;;) {
        if (++vm->steps > max_steps) {
            snprintf(vm->error, sizeof vm->error, "step limit exceeded");
            return -1;
        }
        int32_t op = code[ip++];
        int64_t a, b;
        switch ((OpCode)op) {
        case OP_CONST:
            PUSH(prog->consts[code[ip++]]);
            break;
        case OP_LOAD:
            a = vm->stack[bp + code[ip++]];
            PUSH(a);
            break;
        case OP_STORE:
            vm->stack[bp + code[ip++]] = vm->stack[--sp];
            break;
        case OP_POP:
            sp--;
            break;
        case OP_ADD: b = vm->stack[--sp]; a = vm->stack[sp - 1]; vm->stack[sp - 1] = wrap_add(a, b); break;
        case OP_SUB: b = vm->stack[--sp]; a = vm->stack[sp - 1]; vm->stack[sp - 1] = wrap_sub(a, b); break;
        case OP_MUL: b = vm->stack[--sp]; a = vm->stack[sp - 1]; vm->stack[sp - 1] = wrap_mul(a, b); break;
        case OP_DIV:
        case OP_MOD:
            b = vm->stack[--sp];
            a = vm->stack[sp - 1];
            if (b == 0) {
                snprintf(vm->error, sizeof vm->error, "division by zero in %s", fn->name);
                return -1;
            }
            vm->stack[sp - 1] = op == OP_DIV ? safe_div(a, b) : safe_mod(a, b);
            break;
        case OP_NEG: vm->stack[sp - 1] = wrap_sub(0, vm->stack[sp - 1]); break;
        case OP_NOT: vm->stack[sp - 1] = vm->stack[sp - 1] == 0; break;
        case OP_EQ: b = vm->stack[--sp]; vm->stack[sp - 1] = vm->stack[sp - 1] == b; break;
        case OP_NE: b = vm->stack[--sp]; vm->stack[sp - 1] = vm->stack[sp - 1] != b; break;
        case OP_LT: b = vm->stack[--sp]; vm->stack[sp - 1] = vm->stack[sp - 1] < b; break;
        case OP_LE: b = vm->stack[--sp]; vm->stack[sp - 1] = vm->stack[sp - 1] <= b; break;
        case OP_GT: b = vm->stack[--sp]; vm->stack[sp - 1] = vm->stack[sp - 1] > b; break;
        case OP_GE: b = vm->stack[--sp]; vm->stack[sp - 1] = vm->stack[sp - 1] >= b; break;
        case OP_JMP:
            ip = code[ip];
            break;
        case OP_JZ:
            if (vm->stack[--sp] == 0)
                ip = code[ip];
            else
                ip++;
            break;
        case OP_CALL: {
            const Function *callee = &prog->funcs[code[ip++]];
            if (fp >= FRAMES_MAX) {
                snprintf(vm->error, sizeof vm->error, "call depth exceeded in %s", callee->name);
                return -1;
            }
            vm->frames[fp++] = (Frame){fn, ip, bp};
            bp = sp - callee->arity;
            for (int i = callee->arity; i < callee->nlocals; i++)
                PUSH(0);
            fn = callee;
            code = fn->code;
            ip = 0;
            break;
        }
        case OP_RET:
            if (fp == 0)
                return 0; /* 'return' at top level ends the program */
            a = vm->stack[sp - 1];
            sp = bp;
            --fp;
            fn = vm->frames[fp].fn;
            ip = vm->frames[fp].ip;
            bp = vm->frames[fp].bp;
            code = fn->code;
            PUSH(a);
            break;
        case OP_PRINT:
            vm_output(vm, vm->stack[--sp]);
            break;
        case OP_HALT:
            return 0;
        default:
            snprintf(vm->error, sizeof vm->error, "bad opcode %d", (int)op);
            return -1;
        }
    }
}

static void disassemble(const Program *p, const Function *f)
{
    printf("  fn %s/%d locals=%d words=%d\n", f->name, f->arity, f->nlocals, f->len);
    for (int ip = 0; ip < f->len;) {
        int op = f->code[ip];
        if (op < 0 || op >= OP_COUNT) {
            printf("    %3d ???\n", ip);
            return;
        }
        if (op_info[op].operands) {
            int arg = f->code[ip + 1];
            if (op == OP_CONST)
                printf("    %3d %-6s %lld\n", ip, op_info[op].name, (long long)p->consts[arg]);
            else if (op == OP_CALL)
                printf("    %3d %-6s %s\n", ip, op_info[op].name, p->funcs[arg].name);
            else
                printf("    %3d %-6s %d\n", ip, op_info[op].name, arg);
            ip += 2;
        } else {
            printf("    %3d %s\n", ip, op_info[op].name);
            ip++;
        }
    }
}

/* ------------------------------------------------------------------ */
/* Test programs                                                       */
/* ------------------------------------------------------------------ */

static const char prog_basic[] =
    "// recursion, loops and arithmetic\n"
    "fn fact(n) { if (n <= 1) { return 1; } return n * fact(n - 1); }\n"
    "fn fib(n) { let a = 0; let b = 1; let i = 0;\n"
    "  while (i < n) { let t = a + b; a = b; b = t; i = i + 1; } return a; }\n"
    "fn gcd(a, b) { while (b != 0) { let t = a % b; a = b; b = t; } return a; }\n"
    "print fact(20);\n"
    "print fib(90);\n"
    "print gcd(1071, 462);\n"
    "print fact(25);            // wraps around\n"
    "print 2 + 3 * 4 - 10 / 3 % 2 * (7 - 9);\n"
    "print -7 / 2; print -7 % 2; print !0 + !5;\n"
    "print 9223372036854775807 + 1;\n"
    "print (1 < 2) + (2 <= 2) * 10 + (3 > 4) * 100 + (4 >= 4) * 1000 + (1 == 1) * 10000;\n";

static const char prog_loops[] =
    "fn is_prime(n) {\n"
    "  if (n < 2) { return 0; }\n"
    "  let d = 2;\n"
    "  while (d * d <= n) { if (n % d == 0) { return 0; } d = d + 1; }\n"
    "  return 1;\n"
    "}\n"
    "fn collatz(n) { let s = 0; while (n != 1) {\n"
    "    if (n % 2 == 0) { n = n / 2; } else { n = 3 * n + 1; } s = s + 1; } return s; }\n"
    "let count = 0; let i = 0; let sum = 0;\n"
    "while (i < 1000) { if (is_prime(i)) { count = count + 1; sum = sum + i; } i = i + 1; }\n"
    "print count; print sum;\n"
    "let best = 0; let arg = 0; i = 1;\n"
    "while (i < 300) { let s = collatz(i); if (s > best) { best = s; arg = i; } i = i + 1; }\n"
    "print arg; print best;\n"
    "// short-circuit: the right side must not be evaluated\n"
    "let z = 0;\n"
    "if (z != 0 && 10 / z > 1) { print 111; } else { print 222; }\n"
    "if (z == 0 || 10 / z > 1) { print 333; }\n"
    "print (1 && 2) + (0 || 0) * 2 + (0 || 7) * 4;\n";

static const char prog_mutual[] =
    "fn even(n) { if (n == 0) { return 1; } return odd(n - 1); }\n"
    "fn odd(n) { if (n == 0) { return 0; } return even(n - 1); }\n"
    "fn ack(m, n) {\n"
    "  if (m == 0) { return n + 1; }\n"
    "  if (n == 0) { return ack(m - 1, 1); }\n"
    "  return ack(m - 1, ack(m, n - 1));\n"
    "}\n"
    "fn classify(x) { if (x < 0) { return -1; } else if (x == 0) { return 0; }\n"
    "  else if (x < 100) { return 1; } else { return 2; } }\n"
    "print even(100) * 10 + odd(77);\n"
    "print ack(2, 3);\n"
    "print classify(-5) + classify(0) * 10 + classify(50) * 100 + classify(500) * 1000;\n"
    "let x = 5; if (1) { let x = 6; print x; } print x;\n";

typedef struct {
    const char *name;
    const char *src;
    int expect_compile_error;
    int expect_runtime_error;
} TestCase;

static int run_case(const TestCase *t, int echo)
{
    char err[160];
    uint64_t results[2][3];
    int fails = 0;
    for (int fold = 0; fold <= 1; fold++) {
        Program prog;
        int crc = compile(t->src, &prog, fold, err, sizeof err);
        if (crc != 0) {
            if (fold)
                printf("%-10s compile error: %s\n", t->name, err);
            if (!t->expect_compile_error)
                fails++;
            program_free(&prog);
            results[fold][0] = results[fold][1] = results[fold][2] = 0;
            continue;
        }
        if (t->expect_compile_error) {
            printf("%-10s unexpectedly compiled\n", t->name);
            fails++;
        }
        VM *vm = malloc(sizeof *vm);
        if (!vm) {
            program_free(&prog);
            return fails + 1;
        }
        vm->echo = echo && fold;
        int rrc = vm_run(vm, &prog, 1000000);
        int words = 0;
        for (int i = 0; i < prog.nfuncs; i++)
            words += prog.funcs[i].len;
        printf("%-10s fold=%d words=%4d steps=%8llu printed=%2d hash=%016llx%s%s\n", t->name,
               fold, words, (unsigned long long)vm->steps, vm->printed,
               (unsigned long long)vm->out_hash, rrc ? " error: " : "", rrc ? vm->error : "");
        if ((rrc != 0) != (t->expect_runtime_error != 0))
            fails++;
        results[fold][0] = vm->out_hash;
        results[fold][1] = (uint64_t)vm->printed;
        results[fold][2] = (uint64_t)rrc;
        free(vm);
        program_free(&prog);
    }
    if (memcmp(results[0], results[1], sizeof results[0]) != 0) {
        printf("%-10s folding changed behaviour\n", t->name);
        fails++;
    }
    return fails;
}

int main(void)
{
    static const TestCase cases[] = {
        {"basic", prog_basic, 0, 0},
        {"loops", prog_loops, 0, 0},
        {"mutual", prog_mutual, 0, 0},
        {"divzero", "let a = 3; print a; print 10 / (a - 3);", 0, 1},
        {"constdiv", "print 1 + 2; print 7 / 0;", 0, 1},
        {"deep", "fn f(n) { return f(n + 1) + 1; } print f(0);", 0, 1},
        {"spin", "let i = 0; while (1) { i = i + 1; }", 0, 1},
        {"undefvar", "print y;", 1, 0},
        {"undeffn", "print g(1);", 1, 0},
        {"arity", "fn h(a, b) { return a + b; } print h(1);", 1, 0},
        {"arity2", "print k(1, 2); fn k(a) { return a; }", 1, 0},
        {"syntax", "let = 4;", 1, 0},
        {"badtok", "print 1 & 2;", 1, 0},
        {"bigint", "print 99999999999999999999;", 1, 0},
        {"toplevel", "print 1; return 2; print 3;", 0, 0},
    };
    int fails = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        fails += run_case(&cases[i], i < 3);

    /* Show the folded and unfolded code of a small function. */
    const char *demo = "fn poly(x) { return x * (2 + 3) - (8 / 4) * x + -(-1); } print poly(10);";
    for (int fold = 0; fold <= 1; fold++) {
        Program prog;
        char err[160];
        if (compile(demo, &prog, fold, err, sizeof err) == 0) {
            printf("disassembly (fold=%d):\n", fold);
            disassemble(&prog, &prog.funcs[1]);
        } else {
            fails++;
        }
        program_free(&prog);
    }

    printf("failures=%d\n", fails);
    return fails ? 1 : 0;
}
