/*
 * graph.c - classic graph algorithms on compressed sparse row graphs.
 *
 *   - BFS (hop distances), iterative DFS (discovery/finish times)
 *   - Dijkstra with an indexed binary heap, cross-checked by Bellman-Ford
 *     and Floyd-Warshall on smaller graphs
 *   - topological sort (Kahn and DFS based) with cycle detection
 *   - union-find, Kruskal MST cross-checked by Prim
 *   - strongly connected components (Tarjan, iterative) vs Kosaraju
 *   - bipartiteness test
 *   - Edmonds-Karp maximum flow with conservation check
 *
 * All graphs are generated from a fixed-seed xorshift generator.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define INF_DIST UINT64_MAX

typedef struct {
    int u, v;
    uint32_t w;
} Edge;

typedef struct {
    Edge *e;
    int count, cap;
} EdgeList;

/* CSR adjacency: neighbours of u are adj[off[u] .. off[u+1]). */
typedef struct {
    int n;
    int m;          /* number of stored arcs */
    int *off;
    int *adj;
    uint32_t *wt;
} Graph;

typedef struct {
    uint64_t s;
} Rng;

static uint64_t rng_next(Rng *r)
{
    uint64_t x = r->s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    r->s = x;
    return x;
}

static uint32_t rng_below(Rng *r, uint32_t bound)
{
    return (uint32_t)(rng_next(r) % bound);
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fputs("out of memory\n", stderr);
        exit(2);
    }
    return p;
}

static void *xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p) {
        fputs("out of memory\n", stderr);
        exit(2);
    }
    return p;
}

/* ------------------------------------------------------------------ */
/* Edge lists and CSR construction                                     */
/* ------------------------------------------------------------------ */

static void edges_add(EdgeList *l, int u, int v, uint32_t w)
{
    if (l->count == l->cap) {
        int ncap = l->cap ? l->cap * 2 : 64;
        Edge *p = realloc(l->e, (size_t)ncap * sizeof *p);
        if (!p) {
            fputs("out of memory\n", stderr);
            exit(2);
        }
        l->e = p;
        l->cap = ncap;
    }
    l->e[l->count++] = (Edge){u, v, w};
}

static void edges_free(EdgeList *l)
{
    free(l->e);
    l->e = NULL;
    l->count = l->cap = 0;
}

static Graph graph_build(int n, const EdgeList *l, int undirected)
{
    Graph g;
    int arcs = l->count * (undirected ? 2 : 1);
    g.n = n;
    g.m = arcs;
    g.off = xcalloc((size_t)n + 1, sizeof *g.off);
    g.adj = xmalloc((size_t)arcs * sizeof *g.adj);
    g.wt = xmalloc((size_t)arcs * sizeof *g.wt);

    for (int i = 0; i < l->count; i++) {
        g.off[l->e[i].u + 1]++;
        if (undirected)
            g.off[l->e[i].v + 1]++;
    }
    for (int i = 0; i < n; i++)
        g.off[i + 1] += g.off[i];

    int *fill = xmalloc((size_t)n * sizeof *fill);
    memcpy(fill, g.off, (size_t)n * sizeof *fill);
    for (int i = 0; i < l->count; i++) {
        const Edge *e = &l->e[i];
        g.adj[fill[e->u]] = e->v;
        g.wt[fill[e->u]++] = e->w;
        if (undirected) {
            g.adj[fill[e->v]] = e->u;
            g.wt[fill[e->v]++] = e->w;
        }
    }
    free(fill);
    return g;
}

static Graph graph_reverse(const Graph *g)
{
    EdgeList l = {0};
    for (int u = 0; u < g->n; u++)
        for (int k = g->off[u]; k < g->off[u + 1]; k++)
            edges_add(&l, g->adj[k], u, g->wt[k]);
    Graph r = graph_build(g->n, &l, 0);
    edges_free(&l);
    return r;
}

static void graph_free(Graph *g)
{
    free(g->off);
    free(g->adj);
    free(g->wt);
    memset(g, 0, sizeof *g);
}

static void random_graph(EdgeList *l, int n, int m, uint32_t max_w, Rng *rng, int dag)
{
    for (int i = 0; i < m; i++) {
        int u = (int)rng_below(rng, (uint32_t)n);
        int v = (int)rng_below(rng, (uint32_t)n);
        if (u == v)
            continue;
        if (dag && u > v) {
            int t = u;
            u = v;
            v = t;
        }
        edges_add(l, u, v, 1 + rng_below(rng, max_w));
    }
}

/* ------------------------------------------------------------------ */
/* BFS / DFS                                                           */
/* ------------------------------------------------------------------ */

/* Returns number of reached vertices; dist[v] = -1 when unreachable. */
static int bfs(const Graph *g, int src, int *dist)
{
    int *queue = xmalloc((size_t)g->n * sizeof *queue);
    int head = 0, tail = 0;
    for (int i = 0; i < g->n; i++)
        dist[i] = -1;
    dist[src] = 0;
    queue[tail++] = src;
    while (head < tail) {
        int u = queue[head++];
        for (int k = g->off[u]; k < g->off[u + 1]; k++) {
            int v = g->adj[k];
            if (dist[v] < 0) {
                dist[v] = dist[u] + 1;
                queue[tail++] = v;
            }
        }
    }
    free(queue);
    return tail;
}

typedef struct {
    int *disc, *fin;
    int clock;
    int back_edges;
} DfsResult;

/* Iterative DFS over all vertices; colours: 0 white, 1 grey, 2 black. */
static void dfs_all(const Graph *g, DfsResult *r)
{
    int n = g->n;
    int *colour = xcalloc((size_t)n, sizeof *colour);
    int *stack = xmalloc((size_t)n * sizeof *stack);
    int *iter = xmalloc((size_t)n * sizeof *iter);
    r->disc = xmalloc((size_t)n * sizeof *r->disc);
    r->fin = xmalloc((size_t)n * sizeof *r->fin);
    r->clock = 0;
    r->back_edges = 0;

    for (int s = 0; s < n; s++) {
        if (colour[s])
            continue;
        int sp = 0;
        stack[sp++] = s;
        colour[s] = 1;
        iter[s] = g->off[s];
        r->disc[s] = r->clock++;
        while (sp > 0) {
            int u = stack[sp - 1];
            if (iter[u] < g->off[u + 1]) {
                int v = g->adj[iter[u]++];
                if (colour[v] == 0) {
                    colour[v] = 1;
                    iter[v] = g->off[v];
                    r->disc[v] = r->clock++;
                    stack[sp++] = v;
                } else if (colour[v] == 1) {
                    r->back_edges++;
                }
            } else {
                colour[u] = 2;
                r->fin[u] = r->clock++;
                sp--;
            }
        }
    }
    free(colour);
    free(stack);
    free(iter);
}

/* ------------------------------------------------------------------ */
/* Dijkstra with an indexed binary heap                                */
/* ------------------------------------------------------------------ */

typedef struct {
    int *heap;       /* heap of vertex ids */
    int *pos;        /* pos[v] = index in heap, -1 if absent */
    uint64_t *key;
    int size;
} IndexHeap;

static void ih_init(IndexHeap *h, int n, uint64_t *key)
{
    h->heap = xmalloc((size_t)n * sizeof *h->heap);
    h->pos = xmalloc((size_t)n * sizeof *h->pos);
    for (int i = 0; i < n; i++)
        h->pos[i] = -1;
    h->key = key;
    h->size = 0;
}

static void ih_free(IndexHeap *h)
{
    free(h->heap);
    free(h->pos);
}

static void ih_swap(IndexHeap *h, int i, int j)
{
    int a = h->heap[i], b = h->heap[j];
    h->heap[i] = b;
    h->heap[j] = a;
    h->pos[b] = i;
    h->pos[a] = j;
}

static int ih_less(const IndexHeap *h, int i, int j)
{
    uint64_t a = h->key[h->heap[i]], b = h->key[h->heap[j]];
    return a < b || (a == b && h->heap[i] < h->heap[j]);
}

static void ih_up(IndexHeap *h, int i)
{
    while (i > 0 && ih_less(h, i, (i - 1) / 2)) {
        ih_swap(h, i, (i - 1) / 2);
        i = (i - 1) / 2;
    }
}

static void ih_down(IndexHeap *h, int i)
{
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < h->size && ih_less(h, l, m))
            m = l;
        if (r < h->size && ih_less(h, r, m))
            m = r;
        if (m == i)
            return;
        ih_swap(h, i, m);
        i = m;
    }
}

static void ih_push_or_decrease(IndexHeap *h, int v)
{
    if (h->pos[v] < 0) {
        h->heap[h->size] = v;
        h->pos[v] = h->size;
        h->size++;
    }
    ih_up(h, h->pos[v]);
}

static int ih_pop(IndexHeap *h)
{
    int v = h->heap[0];
    h->size--;
    if (h->size > 0) {
        ih_swap(h, 0, h->size);
        ih_down(h, 0);
    }
    h->pos[v] = -1;
    return v;
}

static void dijkstra(const Graph *g, int src, uint64_t *dist, int *parent)
{
    IndexHeap h;
    for (int i = 0; i < g->n; i++) {
        dist[i] = INF_DIST;
        parent[i] = -1;
    }
    ih_init(&h, g->n, dist);
    dist[src] = 0;
    ih_push_or_decrease(&h, src);
    while (h.size > 0) {
        int u = ih_pop(&h);
        for (int k = g->off[u]; k < g->off[u + 1]; k++) {
            int v = g->adj[k];
            uint64_t nd = dist[u] + g->wt[k];
            if (nd < dist[v]) {
                dist[v] = nd;
                parent[v] = u;
                ih_push_or_decrease(&h, v);
            }
        }
    }
    ih_free(&h);
}

static void bellman_ford(int n, const EdgeList *l, int src, uint64_t *dist)
{
    for (int i = 0; i < n; i++)
        dist[i] = INF_DIST;
    dist[src] = 0;
    for (int round = 0; round < n - 1; round++) {
        int changed = 0;
        for (int i = 0; i < l->count; i++) {
            const Edge *e = &l->e[i];
            if (dist[e->u] != INF_DIST && dist[e->u] + e->w < dist[e->v]) {
                dist[e->v] = dist[e->u] + e->w;
                changed = 1;
            }
        }
        if (!changed)
            break;
    }
}

static uint64_t *floyd_warshall(int n, const EdgeList *l)
{
    uint64_t *d = xmalloc((size_t)n * (size_t)n * sizeof *d);
    for (int i = 0; i < n * n; i++)
        d[i] = INF_DIST;
    for (int i = 0; i < n; i++)
        d[i * n + i] = 0;
    for (int i = 0; i < l->count; i++) {
        const Edge *e = &l->e[i];
        if (e->w < d[e->u * n + e->v])
            d[e->u * n + e->v] = e->w;
    }
    for (int k = 0; k < n; k++)
        for (int i = 0; i < n; i++) {
            uint64_t dik = d[i * n + k];
            if (dik == INF_DIST)
                continue;
            for (int j = 0; j < n; j++) {
                uint64_t dkj = d[k * n + j];
                if (dkj != INF_DIST && dik + dkj < d[i * n + j])
                    d[i * n + j] = dik + dkj;
            }
        }
    return d;
}

/* ------------------------------------------------------------------ */
/* Topological sort                                                    */
/* ------------------------------------------------------------------ */

/* Kahn's algorithm; returns count of emitted vertices (< n means cycle). */
static int topo_kahn(const Graph *g, int *order)
{
    int *indeg = xcalloc((size_t)g->n, sizeof *indeg);
    int head = 0, tail = 0;
    for (int k = 0; k < g->m; k++)
        indeg[g->adj[k]]++;
    for (int v = 0; v < g->n; v++)
        if (indeg[v] == 0)
            order[tail++] = v;
    while (head < tail) {
        int u = order[head++];
        for (int k = g->off[u]; k < g->off[u + 1]; k++)
            if (--indeg[g->adj[k]] == 0)
                order[tail++] = g->adj[k];
    }
    free(indeg);
    return tail;
}

/* Order vertices by decreasing DFS finish time. */
static void topo_dfs(const Graph *g, const DfsResult *r, int *order)
{
    int n = g->n;
    /* finish times are unique in [0, 2n); bucket them */
    int *by_fin = xmalloc(2 * (size_t)n * sizeof *by_fin);
    for (int i = 0; i < 2 * n; i++)
        by_fin[i] = -1;
    for (int v = 0; v < n; v++)
        by_fin[r->fin[v]] = v;
    int k = 0;
    for (int t = 2 * n - 1; t >= 0; t--)
        if (by_fin[t] >= 0)
            order[k++] = by_fin[t];
    free(by_fin);
}

static int topo_valid(const Graph *g, const int *order)
{
    int *rank = xmalloc((size_t)g->n * sizeof *rank);
    int ok = 1;
    for (int i = 0; i < g->n; i++)
        rank[order[i]] = i;
    for (int u = 0; u < g->n && ok; u++)
        for (int k = g->off[u]; k < g->off[u + 1]; k++)
            if (rank[u] >= rank[g->adj[k]]) {
                ok = 0;
                break;
            }
    free(rank);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Union-find, Kruskal, Prim                                           */
/* ------------------------------------------------------------------ */

typedef struct {
    int *parent;
    int *rank;
    int sets;
} UnionFind;

static void uf_init(UnionFind *uf, int n)
{
    uf->parent = xmalloc((size_t)n * sizeof *uf->parent);
    uf->rank = xcalloc((size_t)n, sizeof *uf->rank);
    for (int i = 0; i < n; i++)
        uf->parent[i] = i;
    uf->sets = n;
}

static int uf_find(UnionFind *uf, int x)
{
    while (uf->parent[x] != x) {
        uf->parent[x] = uf->parent[uf->parent[x]]; /* path halving */
        x = uf->parent[x];
    }
    return x;
}

static int uf_union(UnionFind *uf, int a, int b)
{
    a = uf_find(uf, a);
    b = uf_find(uf, b);
    if (a == b)
        return 0;
    if (uf->rank[a] < uf->rank[b]) {
        int t = a;
        a = b;
        b = t;
    }
    uf->parent[b] = a;
    if (uf->rank[a] == uf->rank[b])
        uf->rank[a]++;
    uf->sets--;
    return 1;
}

static void uf_free(UnionFind *uf)
{
    free(uf->parent);
    free(uf->rank);
}

static int edge_cmp(const void *pa, const void *pb)
{
    const Edge *a = pa, *b = pb;
    if (a->w != b->w)
        return a->w < b->w ? -1 : 1;
    if (a->u != b->u)
        return a->u < b->u ? -1 : 1;
    return (a->v > b->v) - (a->v < b->v);
}

/* Minimum spanning forest weight; *used receives the number of tree edges. */
static uint64_t kruskal(int n, const EdgeList *l, int *used)
{
    Edge *sorted = xmalloc((size_t)l->count * sizeof *sorted);
    memcpy(sorted, l->e, (size_t)l->count * sizeof *sorted);
    qsort(sorted, (size_t)l->count, sizeof *sorted, edge_cmp);
    UnionFind uf;
    uf_init(&uf, n);
    uint64_t total = 0;
    *used = 0;
    for (int i = 0; i < l->count && uf.sets > 1; i++) {
        if (uf_union(&uf, sorted[i].u, sorted[i].v)) {
            total += sorted[i].w;
            (*used)++;
        }
    }
    uf_free(&uf);
    free(sorted);
    return total;
}

static uint64_t prim(const Graph *g, int *used)
{
    uint64_t *key = xmalloc((size_t)g->n * sizeof *key);
    char *in_tree = xcalloc((size_t)g->n, 1);
    IndexHeap h;
    uint64_t total = 0;
    *used = 0;
    for (int i = 0; i < g->n; i++)
        key[i] = INF_DIST;
    ih_init(&h, g->n, key);
    for (int root = 0; root < g->n; root++) {
        if (in_tree[root])
            continue;
        key[root] = 0;
        ih_push_or_decrease(&h, root);
        while (h.size > 0) {
            int u = ih_pop(&h);
            in_tree[u] = 1;
            if (u != root) {
                total += key[u];
                (*used)++;
            }
            for (int k = g->off[u]; k < g->off[u + 1]; k++) {
                int v = g->adj[k];
                if (!in_tree[v] && g->wt[k] < key[v]) {
                    key[v] = g->wt[k];
                    ih_push_or_decrease(&h, v);
                }
            }
        }
    }
    ih_free(&h);
    free(key);
    free(in_tree);
    return total;
}

/* ------------------------------------------------------------------ */
/* Strongly connected components                                       */
/* ------------------------------------------------------------------ */

/* Iterative Tarjan; returns component count, comp[v] = component id. */
static int scc_tarjan(const Graph *g, int *comp)
{
    int n = g->n;
    int *index = xmalloc((size_t)n * sizeof *index);
    int *low = xmalloc((size_t)n * sizeof *low);
    char *on_stack = xcalloc((size_t)n, 1);
    int *stack = xmalloc((size_t)n * sizeof *stack);
    int *call = xmalloc((size_t)n * sizeof *call);
    int *iter = xmalloc((size_t)n * sizeof *iter);
    int next_index = 0, sp = 0, ncomp = 0;

    for (int i = 0; i < n; i++)
        index[i] = -1;
    for (int s = 0; s < n; s++) {
        if (index[s] >= 0)
            continue;
        int csp = 0;
        call[csp++] = s;
        index[s] = low[s] = next_index++;
        iter[s] = g->off[s];
        stack[sp++] = s;
        on_stack[s] = 1;
        while (csp > 0) {
            int u = call[csp - 1];
            if (iter[u] < g->off[u + 1]) {
                int v = g->adj[iter[u]++];
                if (index[v] < 0) {
                    index[v] = low[v] = next_index++;
                    iter[v] = g->off[v];
                    stack[sp++] = v;
                    on_stack[v] = 1;
                    call[csp++] = v;
                } else if (on_stack[v] && index[v] < low[u]) {
                    low[u] = index[v];
                }
            } else {
                csp--;
                if (low[u] == index[u]) {
                    int w;
                    do {
                        w = stack[--sp];
                        on_stack[w] = 0;
                        comp[w] = ncomp;
                    } while (w != u);
                    ncomp++;
                }
                if (csp > 0) {
                    int p = call[csp - 1];
                    if (low[u] < low[p])
                        low[p] = low[u];
                }
            }
        }
    }
    free(index);
    free(low);
    free(on_stack);
    free(stack);
    free(call);
    free(iter);
    return ncomp;
}

static int scc_kosaraju(const Graph *g, int *comp)
{
    DfsResult r;
    int n = g->n;
    int *order = xmalloc((size_t)n * sizeof *order);
    int *stack = xmalloc((size_t)n * sizeof *stack);
    dfs_all(g, &r);
    topo_dfs(g, &r, order);  /* decreasing finish time */
    Graph rev = graph_reverse(g);
    int ncomp = 0;
    for (int i = 0; i < n; i++)
        comp[i] = -1;
    for (int i = 0; i < n; i++) {
        int s = order[i];
        if (comp[s] >= 0)
            continue;
        int sp = 0;
        stack[sp++] = s;
        comp[s] = ncomp;
        while (sp > 0) {
            int u = stack[--sp];
            for (int k = rev.off[u]; k < rev.off[u + 1]; k++) {
                int v = rev.adj[k];
                if (comp[v] < 0) {
                    comp[v] = ncomp;
                    stack[sp++] = v;
                }
            }
        }
        ncomp++;
    }
    graph_free(&rev);
    free(r.disc);
    free(r.fin);
    free(order);
    free(stack);
    return ncomp;
}

/* Two labelings describe the same partition iff the label map is a bijection. */
static int same_partition(int n, const int *a, const int *b, int ncomp)
{
    int *map = xmalloc((size_t)ncomp * sizeof *map);
    int *rmap = xmalloc((size_t)ncomp * sizeof *rmap);
    int ok = 1;
    for (int i = 0; i < ncomp; i++)
        map[i] = rmap[i] = -1;
    for (int v = 0; v < n && ok; v++) {
        if (map[a[v]] < 0 && rmap[b[v]] < 0) {
            map[a[v]] = b[v];
            rmap[b[v]] = a[v];
        } else if (map[a[v]] != b[v] || rmap[b[v]] != a[v]) {
            ok = 0;
        }
    }
    free(map);
    free(rmap);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Bipartite check                                                     */
/* ------------------------------------------------------------------ */

static int is_bipartite(const Graph *g)
{
    int *side = xmalloc((size_t)g->n * sizeof *side);
    int *queue = xmalloc((size_t)g->n * sizeof *queue);
    int ok = 1;
    for (int i = 0; i < g->n; i++)
        side[i] = -1;
    for (int s = 0; s < g->n && ok; s++) {
        if (side[s] >= 0)
            continue;
        int head = 0, tail = 0;
        side[s] = 0;
        queue[tail++] = s;
        while (head < tail && ok) {
            int u = queue[head++];
            for (int k = g->off[u]; k < g->off[u + 1]; k++) {
                int v = g->adj[k];
                if (side[v] < 0) {
                    side[v] = 1 - side[u];
                    queue[tail++] = v;
                } else if (side[v] == side[u]) {
                    ok = 0;
                    break;
                }
            }
        }
    }
    free(side);
    free(queue);
    return ok;
}

/* ------------------------------------------------------------------ */
/* Edmonds-Karp max flow on a dense capacity matrix                    */
/* ------------------------------------------------------------------ */

typedef struct {
    int n;
    int64_t *cap;   /* n*n residual capacities */
    int64_t *flow;  /* n*n net flow */
} FlowNet;

static int64_t max_flow(FlowNet *f, int s, int t)
{
    int n = f->n;
    int *parent = xmalloc((size_t)n * sizeof *parent);
    int *queue = xmalloc((size_t)n * sizeof *queue);
    int64_t total = 0;
    for (;;) {
        for (int i = 0; i < n; i++)
            parent[i] = -1;
        parent[s] = s;
        int head = 0, tail = 0;
        queue[tail++] = s;
        while (head < tail && parent[t] < 0) {
            int u = queue[head++];
            for (int v = 0; v < n; v++) {
                if (parent[v] < 0 && f->cap[u * n + v] - f->flow[u * n + v] > 0) {
                    parent[v] = u;
                    queue[tail++] = v;
                }
            }
        }
        if (parent[t] < 0)
            break;
        int64_t aug = INT64_MAX;
        for (int v = t; v != s; v = parent[v]) {
            int u = parent[v];
            int64_t r = f->cap[u * n + v] - f->flow[u * n + v];
            if (r < aug)
                aug = r;
        }
        for (int v = t; v != s; v = parent[v]) {
            int u = parent[v];
            f->flow[u * n + v] += aug;
            f->flow[v * n + u] -= aug;
        }
        total += aug;
    }
    free(parent);
    free(queue);
    return total;
}

static int flow_conserved(const FlowNet *f, int s, int t)
{
    for (int v = 0; v < f->n; v++) {
        if (v == s || v == t)
            continue;
        int64_t net = 0;
        for (int u = 0; u < f->n; u++)
            net += f->flow[u * f->n + v];
        if (net != 0)
            return 0;
    }
    return 1;
}

/* ------------------------------------------------------------------ */
/* Driver                                                              */
/* ------------------------------------------------------------------ */

static uint64_t hash_ints(const int *a, int n)
{
    uint64_t h = 1469598103934665603ull;
    for (int i = 0; i < n; i++) {
        h ^= (uint32_t)a[i];
        h *= 1099511628211ull;
    }
    return h;
}

static int test_paths(Rng *rng)
{
    int fails = 0;
    const int n = 3000;
    EdgeList l = {0};
    random_graph(&l, n, 15000, 1000, rng, 0);
    Graph g = graph_build(n, &l, 0);

    int *hops = xmalloc((size_t)n * sizeof *hops);
    int reached = bfs(&g, 0, hops);
    int max_hops = 0;
    for (int i = 0; i < n; i++)
        if (hops[i] > max_hops)
            max_hops = hops[i];

    uint64_t *dist = xmalloc((size_t)n * sizeof *dist);
    int *parent = xmalloc((size_t)n * sizeof *parent);
    dijkstra(&g, 0, dist, parent);
    uint64_t sum = 0, far = 0;
    int path_len_ok = 1;
    for (int v = 0; v < n; v++) {
        if (dist[v] == INF_DIST) {
            if (hops[v] >= 0)
                path_len_ok = 0;
            continue;
        }
        sum += dist[v];
        if (dist[v] > far)
            far = dist[v];
        /* a shortest-weight path has at least as many edges as the BFS path */
        int edges = 0;
        for (int x = v; parent[x] >= 0; x = parent[x])
            edges++;
        if (edges < hops[v])
            path_len_ok = 0;
    }
    printf("paths: n=%d arcs=%d reached=%d max_hops=%d dist_sum=%llu farthest=%llu\n", n, g.m,
           reached, max_hops, (unsigned long long)sum, (unsigned long long)far);
    if (!path_len_ok) {
        puts("paths: parent chains inconsistent with BFS");
        fails++;
    }

    free(hops);
    free(dist);
    free(parent);
    graph_free(&g);
    edges_free(&l);

    /* Cross-check against Bellman-Ford and Floyd-Warshall on a small graph. */
    const int sn = 90;
    random_graph(&l, sn, 500, 50, rng, 0);
    g = graph_build(sn, &l, 0);
    uint64_t *d1 = xmalloc((size_t)sn * sizeof *d1);
    uint64_t *d2 = xmalloc((size_t)sn * sizeof *d2);
    int *par = xmalloc((size_t)sn * sizeof *par);
    uint64_t *fw = floyd_warshall(sn, &l);
    int mismatches = 0;
    uint64_t check = 0;
    for (int s = 0; s < sn; s += 7) {
        dijkstra(&g, s, d1, par);
        bellman_ford(sn, &l, s, d2);
        for (int v = 0; v < sn; v++) {
            if (d1[v] != d2[v] || d1[v] != fw[s * sn + v])
                mismatches++;
            if (d1[v] != INF_DIST)
                check = check * 31u + d1[v];
        }
    }
    printf("paths: cross-check mismatches=%d digest=%016llx\n", mismatches,
           (unsigned long long)check);
    fails += mismatches != 0;
    free(d1);
    free(d2);
    free(par);
    free(fw);
    graph_free(&g);
    edges_free(&l);
    return fails;
}

static int test_topo(Rng *rng)
{
    int fails = 0;
    const int n = 2000;
    EdgeList l = {0};
    random_graph(&l, n, 8000, 1, rng, 1);
    Graph g = graph_build(n, &l, 0);
    int *o1 = xmalloc((size_t)n * sizeof *o1);
    int *o2 = xmalloc((size_t)n * sizeof *o2);
    DfsResult r;

    int emitted = topo_kahn(&g, o1);
    dfs_all(&g, &r);
    topo_dfs(&g, &r, o2);
    int ok1 = emitted == n && topo_valid(&g, o1);
    int ok2 = r.back_edges == 0 && topo_valid(&g, o2);
    printf("topo: dag kahn=%d dfs=%d back_edges=%d h1=%016llx h2=%016llx\n", ok1, ok2,
           r.back_edges, (unsigned long long)hash_ints(o1, n), (unsigned long long)hash_ints(o2, n));
    fails += !ok1 + !ok2;
    free(r.disc);
    free(r.fin);
    graph_free(&g);

    /* Add one back edge to create a cycle; both methods must notice. */
    edges_add(&l, l.e[0].v, l.e[0].u, 1);
    g = graph_build(n, &l, 0);
    emitted = topo_kahn(&g, o1);
    dfs_all(&g, &r);
    printf("topo: cyclic kahn_emitted=%d back_edges=%d\n", emitted, r.back_edges);
    if (emitted == n || r.back_edges == 0)
        fails++;
    free(r.disc);
    free(r.fin);
    graph_free(&g);
    edges_free(&l);
    free(o1);
    free(o2);
    return fails;
}

static int test_mst(Rng *rng)
{
    const int n = 2500;
    EdgeList l = {0};
    random_graph(&l, n, 9000, 10000, rng, 0);
    Graph g = graph_build(n, &l, 1);
    int k_used = 0, p_used = 0;
    uint64_t kw = kruskal(n, &l, &k_used);
    uint64_t pw = prim(&g, &p_used);
    UnionFind uf;
    uf_init(&uf, n);
    for (int i = 0; i < l.count; i++)
        uf_union(&uf, l.e[i].u, l.e[i].v);
    printf("mst: kruskal=%llu (%d edges) prim=%llu (%d edges) components=%d\n",
           (unsigned long long)kw, k_used, (unsigned long long)pw, p_used, uf.sets);
    int fail = kw != pw || k_used != p_used || k_used != n - uf.sets;
    uf_free(&uf);
    graph_free(&g);
    edges_free(&l);
    return fail;
}

static int test_scc(Rng *rng)
{
    const int n = 3000;
    EdgeList l = {0};
    random_graph(&l, n, 3600, 1, rng, 0);
    Graph g = graph_build(n, &l, 0);
    int *c1 = xmalloc((size_t)n * sizeof *c1);
    int *c2 = xmalloc((size_t)n * sizeof *c2);
    int n1 = scc_tarjan(&g, c1);
    int n2 = scc_kosaraju(&g, c2);
    int same = n1 == n2 && same_partition(n, c1, c2, n1);
    int *size = xcalloc((size_t)n1, sizeof *size);
    int largest = 0;
    for (int v = 0; v < n; v++)
        if (++size[c1[v]] > largest)
            largest = size[c1[v]];
    printf("scc: tarjan=%d kosaraju=%d same=%d largest=%d\n", n1, n2, same, largest);
    free(size);
    free(c1);
    free(c2);
    graph_free(&g);
    edges_free(&l);
    return !same;
}

static int test_bipartite(void)
{
    /* Grid graphs are bipartite; adding a diagonal breaks it. */
    const int w = 30, h = 20;
    EdgeList l = {0};
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++) {
            if (x + 1 < w)
                edges_add(&l, y * w + x, y * w + x + 1, 1);
            if (y + 1 < h)
                edges_add(&l, y * w + x, (y + 1) * w + x, 1);
        }
    Graph g = graph_build(w * h, &l, 1);
    int b1 = is_bipartite(&g);
    graph_free(&g);
    edges_add(&l, 0, w + 1, 1);
    g = graph_build(w * h, &l, 1);
    int b2 = is_bipartite(&g);
    printf("bipartite: grid=%d grid+diagonal=%d\n", b1, b2);
    graph_free(&g);
    edges_free(&l);
    return !(b1 == 1 && b2 == 0);
}

static int test_flow(Rng *rng)
{
    const int n = 60;
    FlowNet f;
    f.n = n;
    f.cap = xcalloc((size_t)n * n, sizeof *f.cap);
    f.flow = xcalloc((size_t)n * n, sizeof *f.flow);
    for (int i = 0; i < 400; i++) {
        int u = (int)rng_below(rng, (uint32_t)n), v = (int)rng_below(rng, (uint32_t)n);
        if (u != v)
            f.cap[u * n + v] += 1 + (int64_t)rng_below(rng, 20);
    }
    int64_t value = max_flow(&f, 0, n - 1);
    int64_t out_s = 0, cut = 0;
    for (int v = 0; v < n; v++)
        out_s += f.flow[v];
    /* Min cut: vertices reachable from s in the residual graph. */
    char *seen = xcalloc((size_t)n, 1);
    int *stack = xmalloc((size_t)n * sizeof *stack);
    int sp = 0;
    stack[sp++] = 0;
    seen[0] = 1;
    while (sp > 0) {
        int u = stack[--sp];
        for (int v = 0; v < n; v++)
            if (!seen[v] && f.cap[u * n + v] - f.flow[u * n + v] > 0) {
                seen[v] = 1;
                stack[sp++] = v;
            }
    }
    for (int u = 0; u < n; u++)
        for (int v = 0; v < n; v++)
            if (seen[u] && !seen[v])
                cut += f.cap[u * n + v];
    int ok = flow_conserved(&f, 0, n - 1) && out_s == value && cut == value;
    printf("flow: max_flow=%lld min_cut=%lld conserved=%d\n", (long long)value, (long long)cut, ok);
    free(seen);
    free(stack);
    free(f.cap);
    free(f.flow);
    return !ok;
}

int main(void)
{
    Rng rng = {0x9E3779B97F4A7C15ull};
    int fails = 0;
    fails += test_paths(&rng);
    fails += test_topo(&rng);
    fails += test_mst(&rng);
    fails += test_scc(&rng);
    fails += test_bipartite();
    fails += test_flow(&rng);
    printf("failures=%d\n", fails);
    return fails ? 1 : 0;
}
