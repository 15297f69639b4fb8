#pragma once
#include <string>

// Infix integer expressions: non-negative decimal literals, binary + - * / % (C++ truncating
// division), right-associative ^ (exponent >= 0), unary minus, parentheses and spaces.
// Precedence: unary minus and ^ above * / %, above + -. "-2^2" is -(2^2).

// Converts to space-separated postfix with unary minus written as "neg"; returns false on a
// syntax error (unbalanced parentheses, missing operand, unknown character).
bool infix_to_postfix(const std::string& expr, std::string& postfix);
// Evaluates; returns false on a syntax error, division/modulo by zero, a negative exponent or
// 64-bit overflow.
bool evaluate_infix(const std::string& expr, long long& result);
