#pragma once
#include <string>
#include <vector>

// Split an expression on runs of spaces.
std::vector<std::string> tokenize(const std::string& expr);
// Evaluate reverse Polish notation over 64-bit integers. Operators: + - * / % (C++ truncating
// semantics), "neg" (unary minus), "dup", "swap". Numbers may carry a leading '-'.
// Returns false on malformed input, stack underflow, leftover operands, division by zero or
// 64-bit overflow; result is only written on success.
bool eval_rpn(const std::vector<std::string>& tokens, long long& result);
bool eval_rpn_string(const std::string& expr, long long& result);
