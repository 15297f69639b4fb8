#pragma once
#include <functional>
#include <string>
#include <vector>

using IntFn = std::function<long long(long long)>;
using Pred = std::function<bool(long long)>;

IntFn compose(const IntFn& f, const IntFn& g);          // x -> f(g(x))
IntFn composeAll(const std::vector<IntFn>& fs);         // fs[0](fs[1](...fs[n-1](x))); identity if empty
IntFn repeat(const IntFn& f, int n);                    // f applied n times
std::vector<long long> mapVec(const std::vector<long long>& v, const IntFn& f);
std::vector<long long> filterVec(const std::vector<long long>& v, const Pred& p);
long long reduceVec(const std::vector<long long>& v, long long init,
                    const std::function<long long(long long, long long)>& op);
Pred negate(const Pred& p);
Pred allOf(const std::vector<Pred>& ps);
Pred anyOf(const std::vector<Pred>& ps);
// Parses a pipeline description such as "add 3|mul 2|square|neg" into a function
// applied left to right. Unknown steps make the result nullptr (empty function).
IntFn parsePipeline(const std::string& spec);
// Sum of f(x) over x in v where p(x) holds: the classic map/filter/reduce combination.
long long sumMappedFiltered(const std::vector<long long>& v, const Pred& p, const IntFn& f);
