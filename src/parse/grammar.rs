//! Python's grammar as data, in the shape of MicroPython's `py/grammar.h`:
//! each rule is an action plus a short list of arguments (tokens, rules,
//! optional rules). The parser driver (`parse::mod`) walks this table with an
//! explicit stack; the compiler matches on the rule ids of the nodes built.
//!
//! Actions:
//! - `Or`: the first alternative whose first token matches (LL(1); an
//!   alternative that fails after consuming a token is a syntax error).
//!   Tokens matched here become token leaves (operators, `None`, ...).
//! - `And`: all arguments in order; a node with one child per rule argument
//!   (null for a missing optional rule) and per name/literal token.
//! - `Ident`: as `And`, but if the first child is not null and all others
//!   are, that child stands for the whole rule (no node).
//! - `List`/`ListEnd`: `item (sep item)*`, `ListEnd` allowing a trailing
//!   `sep`; `Many`: `item+`. One item without trailing separator stands for
//!   itself, otherwise a node of all items (and of rule separators).
//!
//! Rules marked in comments "node:" say what the compiler sees.

use crate::lex::Tok;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Act {
    Or,
    And,
    Ident,
    List,
    ListEnd,
    Many,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Arg {
    Tok(Tok),
    Rule(Rule),
    Opt(Rule),
}

pub struct RuleDef {
    pub act: Act,
    pub args: &'static [Arg],
    pub name: &'static str,
}

const fn t(k: Tok) -> Arg {
    Arg::Tok(k)
}
const fn r(k: Rule) -> Arg {
    Arg::Rule(k)
}
const fn o(k: Rule) -> Arg {
    Arg::Opt(k)
}

macro_rules! grammar {
    ($($name:ident = $act:ident [$($arg:expr),* $(,)?];)*) => {
        /// Rule ids: the parse tree's node kinds.
        #[allow(non_camel_case_types)]
        #[derive(Copy, Clone, PartialEq, Eq, Debug)]
        #[repr(u8)]
        pub enum Rule { $($name),* }

        pub static RULES: &[RuleDef] = &[
            $(RuleDef { act: Act::$act, args: &[$($arg),*], name: stringify!($name) }),*
        ];
    };
}

use Rule::*;
use Tok as T;

grammar! {
    // Start rules.
    file_input = And [o(file_input_2), t(T::EndMarker)];
    file_input_2 = Many [r(file_input_3)];
    file_input_3 = Or [t(T::Newline), r(stmt)];
    eval_input = And [r(testlist), o(eval_input_2), t(T::EndMarker)];
    eval_input_2 = Many [t(T::Newline)];

    // Functions and classes.
    decorator = Ident [t(T::At), r(namedexpr_test), t(T::Newline)];
    decorators = Many [r(decorator)];
    decorated = And [r(decorators), r(decorated_body)];
    decorated_body = Or [r(classdef), r(funcdef), r(async_funcdef)];
    async_funcdef = And [t(T::KwAsync), r(funcdef)];
    // node: [name, params, return annotation, body]
    funcdef = And [t(T::KwDef), t(T::Name), t(T::LParen), o(typedargslist), t(T::RParen), o(funcdefrettype), t(T::Colon), r(suite)];
    funcdefrettype = Ident [t(T::Arrow), r(test)];
    typedargslist = ListEnd [r(typedargslist_item), t(T::Comma)];
    typedargslist_item = Or [r(typedargslist_name), r(typedargslist_star), r(typedargslist_dbl_star), t(T::Slash)];
    // node: [name, annotation, default]
    typedargslist_name = Ident [t(T::Name), o(typedargslist_colon), o(typedargslist_equal)];
    // node: [tfpdef or null]
    typedargslist_star = And [t(T::Star), o(tfpdef)];
    // node: [name, annotation]
    typedargslist_dbl_star = And [t(T::DblStar), t(T::Name), o(typedargslist_colon)];
    typedargslist_colon = Ident [t(T::Colon), r(test)];
    typedargslist_equal = Ident [t(T::Eq), r(test)];
    tfpdef = Ident [t(T::Name), o(typedargslist_colon)];
    varargslist = ListEnd [r(varargslist_item), t(T::Comma)];
    varargslist_item = Or [r(varargslist_name), r(varargslist_star), r(varargslist_dbl_star), t(T::Slash)];
    varargslist_name = Ident [t(T::Name), o(varargslist_equal)];
    varargslist_star = And [t(T::Star), o(vfpdef)];
    varargslist_dbl_star = And [t(T::DblStar), t(T::Name)];
    varargslist_equal = Ident [t(T::Eq), r(test)];
    vfpdef = Ident [t(T::Name)];
    // node: [name, bases arglist node or null, body]
    classdef = And [t(T::KwClass), t(T::Name), o(classdef_2), t(T::Colon), r(suite)];
    classdef_2 = And [t(T::LParen), o(arglist), t(T::RParen)];

    // Statements.
    stmt = Or [r(compound_stmt), r(simple_stmt)];
    compound_stmt = Or [r(if_stmt), r(while_stmt), r(for_stmt), r(try_stmt), r(with_stmt), r(funcdef), r(classdef), r(decorated), r(async_stmt)];
    async_stmt = And [t(T::KwAsync), r(async_stmt_2)];
    async_stmt_2 = Or [r(funcdef), r(with_stmt), r(for_stmt)];
    simple_stmt = Ident [r(simple_stmt_2), t(T::Newline)];
    simple_stmt_2 = ListEnd [r(small_stmt), t(T::Semicolon)];
    small_stmt = Or [r(del_stmt), r(pass_stmt), r(flow_stmt), r(import_stmt), r(global_stmt), r(nonlocal_stmt), r(assert_stmt), r(expr_stmt)];
    // node: [target(s), null | annassign | expr_stmt_augassign | expr_stmt_assign_list | value]
    expr_stmt = And [r(testlist_star_expr), o(expr_stmt_2)];
    expr_stmt_2 = Or [r(annassign), r(expr_stmt_augassign), r(expr_stmt_assign_list)];
    annassign = And [t(T::Colon), r(test), o(annassign_2)];
    annassign_2 = Ident [t(T::Eq), r(expr_stmt_6)];
    expr_stmt_augassign = And [r(augassign), r(expr_stmt_6)];
    expr_stmt_assign_list = Many [r(expr_stmt_assign)];
    expr_stmt_assign = Ident [t(T::Eq), r(expr_stmt_6)];
    expr_stmt_6 = Or [r(yield_expr), r(testlist_star_expr)];
    testlist_star_expr = ListEnd [r(testlist_star_expr_2), t(T::Comma)];
    testlist_star_expr_2 = Or [r(star_expr), r(test)];
    augassign = Or [t(T::PlusEq), t(T::MinusEq), t(T::StarEq), t(T::SlashEq), t(T::PercentEq), t(T::AmpEq), t(T::PipeEq), t(T::CaretEq), t(T::DblLessEq), t(T::DblMoreEq), t(T::DblStarEq), t(T::DblSlashEq), t(T::AtEq)];
    del_stmt = And [t(T::KwDel), r(exprlist)];
    pass_stmt = And [t(T::KwPass)];
    flow_stmt = Or [r(break_stmt), r(continue_stmt), r(return_stmt), r(raise_stmt), r(yield_stmt)];
    break_stmt = And [t(T::KwBreak)];
    continue_stmt = And [t(T::KwContinue)];
    return_stmt = And [t(T::KwReturn), o(testlist_star_expr)];
    yield_stmt = Ident [r(yield_expr)];
    raise_stmt = And [t(T::KwRaise), o(raise_stmt_arg)];
    raise_stmt_arg = Ident [r(test), o(raise_stmt_from)];
    raise_stmt_from = Ident [t(T::KwFrom), r(test)];
    import_stmt = Or [r(import_name), r(import_from)];
    import_name = And [t(T::KwImport), r(dotted_as_names)];
    import_from = And [t(T::KwFrom), r(import_from_2), t(T::KwImport), r(import_from_3)];
    import_from_2 = Or [r(dotted_name), r(import_from_2b)];
    import_from_2b = And [r(one_or_more_period_or_ellipsis), o(dotted_name)];
    // Without parentheses, no trailing comma (CPython).
    import_from_3 = Or [t(T::Star), r(import_as_names_paren), r(import_as_names_bare)];
    import_as_names_paren = Ident [t(T::LParen), r(import_as_names), t(T::RParen)];
    one_or_more_period_or_ellipsis = Many [r(period_or_ellipsis)];
    period_or_ellipsis = Or [t(T::Dot), t(T::Ellipsis)];
    import_as_name = Ident [t(T::Name), o(as_name)];
    dotted_as_name = Ident [r(dotted_name), o(as_name)];
    as_name = Ident [t(T::KwAs), t(T::Name)];
    import_as_names = ListEnd [r(import_as_name), t(T::Comma)];
    import_as_names_bare = List [r(import_as_name), t(T::Comma)];
    dotted_as_names = List [r(dotted_as_name), t(T::Comma)];
    dotted_name = List [t(T::Name), t(T::Dot)];
    global_stmt = And [t(T::KwGlobal), r(name_list)];
    nonlocal_stmt = And [t(T::KwNonlocal), r(name_list)];
    name_list = List [t(T::Name), t(T::Comma)];
    assert_stmt = And [t(T::KwAssert), r(test), o(assert_stmt_extra)];
    assert_stmt_extra = Ident [t(T::Comma), r(test)];

    // Compound statements.
    if_stmt = And [t(T::KwIf), r(namedexpr_test), t(T::Colon), r(suite), o(if_stmt_elif_list), o(else_stmt)];
    if_stmt_elif_list = Many [r(if_stmt_elif)];
    if_stmt_elif = And [t(T::KwElif), r(namedexpr_test), t(T::Colon), r(suite)];
    while_stmt = And [t(T::KwWhile), r(namedexpr_test), t(T::Colon), r(suite), o(else_stmt)];
    for_stmt = And [t(T::KwFor), r(exprlist), t(T::KwIn), r(testlist), t(T::Colon), r(suite), o(else_stmt)];
    // node: [body, try_stmt_except_and_more | finally body]
    try_stmt = And [t(T::KwTry), t(T::Colon), r(suite), r(try_stmt_2)];
    try_stmt_2 = Or [r(try_stmt_except_and_more), r(try_stmt_finally)];
    try_stmt_except_and_more = And [r(try_stmt_except_list), o(else_stmt), o(try_stmt_finally)];
    // node: [exception type [as name] or null, body]
    try_stmt_except = And [t(T::KwExcept), o(try_stmt_as_name), t(T::Colon), r(suite)];
    try_stmt_as_name = Ident [r(test), o(as_name)];
    try_stmt_except_list = Many [r(try_stmt_except)];
    try_stmt_finally = Ident [t(T::KwFinally), t(T::Colon), r(suite)];
    else_stmt = Ident [t(T::KwElse), t(T::Colon), r(suite)];
    with_stmt = And [t(T::KwWith), r(with_stmt_list), t(T::Colon), r(suite)];
    with_stmt_list = List [r(with_item), t(T::Comma)];
    with_item = Ident [r(test), o(with_item_as)];
    with_item_as = Ident [t(T::KwAs), r(expr)];
    suite = Or [r(suite_block), r(simple_stmt)];
    suite_block = Ident [t(T::Newline), t(T::Indent), r(suite_block_stmts), t(T::Dedent)];
    suite_block_stmts = Many [r(stmt)];

    // Expressions.
    namedexpr_test = Ident [r(test), o(namedexpr_test_2)];
    namedexpr_test_2 = Ident [t(T::ColonEq), r(test)];
    test = Or [r(lambdef), r(test_if_expr)];
    test_if_expr = Ident [r(or_test), o(test_if_else)];
    test_if_else = And [t(T::KwIf), r(or_test), t(T::KwElse), r(test)];
    test_nocond = Or [r(lambdef_nocond), r(or_test)];
    lambdef = And [t(T::KwLambda), o(varargslist), t(T::Colon), r(test)];
    lambdef_nocond = And [t(T::KwLambda), o(varargslist), t(T::Colon), r(test_nocond)];
    or_test = List [r(and_test), t(T::KwOr)];
    and_test = List [r(not_test), t(T::KwAnd)];
    not_test = Or [r(not_test_2), r(comparison)];
    not_test_2 = And [t(T::KwNot), r(not_test)];
    comparison = List [r(expr), r(comp_op)];
    comp_op = Or [t(T::Less), t(T::More), t(T::DblEq), t(T::LessEq), t(T::MoreEq), t(T::NotEq), t(T::KwIn), r(comp_op_not_in), r(comp_op_is)];
    comp_op_not_in = And [t(T::KwNot), t(T::KwIn)];
    comp_op_is = And [t(T::KwIs), o(comp_op_is_not)];
    comp_op_is_not = And [t(T::KwNot)];
    star_expr = And [t(T::Star), r(expr)];
    expr = List [r(xor_expr), t(T::Pipe)];
    xor_expr = List [r(and_expr), t(T::Caret)];
    and_expr = List [r(shift_expr), t(T::Amp)];
    shift_expr = List [r(arith_expr), r(shift_op)];
    shift_op = Or [t(T::DblLess), t(T::DblMore)];
    arith_expr = List [r(term), r(arith_op)];
    arith_op = Or [t(T::Plus), t(T::Minus)];
    term = List [r(factor), r(term_op)];
    term_op = Or [t(T::Star), t(T::Slash), t(T::Percent), t(T::DblSlash), t(T::At)];
    factor = Or [r(factor_2), r(power)];
    factor_2 = And [r(factor_op), r(factor)];
    factor_op = Or [t(T::Plus), t(T::Minus), t(T::Tilde)];
    power = Ident [r(atom_expr), o(power_dbl_star)];
    power_dbl_star = Ident [t(T::DblStar), r(factor)];
    atom_expr = Or [r(atom_expr_await), r(atom_expr_normal)];
    atom_expr_await = And [t(T::KwAwait), r(atom_expr_normal)];
    // node: [atom, trailer | atom_expr_trailers]
    atom_expr_normal = Ident [r(atom), o(atom_expr_trailers)];
    atom_expr_trailers = Many [r(trailer)];
    atom = Or [t(T::Name), t(T::Int), t(T::Float), t(T::Imag), t(T::Str), t(T::Bytes), t(T::Ellipsis), t(T::KwNone), t(T::KwTrue), t(T::KwFalse), r(atom_paren), r(atom_bracket), r(atom_brace)];
    // `(x)` is `x`; node only for `()`.
    atom_paren = Ident [t(T::LParen), o(atom_2b), t(T::RParen)];
    atom_2b = Or [r(yield_expr), r(testlist_comp)];
    atom_bracket = And [t(T::LBracket), o(testlist_comp), t(T::RBracket)];
    atom_brace = And [t(T::LBrace), o(dictorsetmaker), t(T::RBrace)];
    // node: [first, comp_for | testlist_comp_3b]; as an expression: a tuple or generator.
    testlist_comp = Ident [r(testlist_comp_2), o(testlist_comp_3)];
    testlist_comp_2 = Or [r(star_expr), r(namedexpr_test)];
    testlist_comp_3 = Or [r(comp_for), r(testlist_comp_3b)];
    testlist_comp_3b = And [t(T::Comma), o(testlist_comp_3c)];
    testlist_comp_3c = ListEnd [r(testlist_comp_2), t(T::Comma)];
    trailer = Or [r(trailer_paren), r(trailer_bracket), r(trailer_period)];
    trailer_paren = And [t(T::LParen), o(arglist), t(T::RParen)];
    trailer_bracket = And [t(T::LBracket), r(subscriptlist), t(T::RBracket)];
    trailer_period = And [t(T::Dot), t(T::Name)];
    subscriptlist = ListEnd [r(subscript), t(T::Comma)];
    subscript = Or [r(subscript_3), r(subscript_2)];
    // node: [start, subscript_3]
    subscript_2 = Ident [r(test), o(subscript_3)];
    // node: [null | stop | subscript_3c | subscript_3d]
    subscript_3 = And [t(T::Colon), o(subscript_3b)];
    subscript_3b = Or [r(subscript_3c), r(subscript_3d)];
    subscript_3c = And [t(T::Colon), o(test)];
    subscript_3d = Ident [r(test), o(sliceop)];
    sliceop = And [t(T::Colon), o(test)];
    exprlist = ListEnd [r(exprlist_2), t(T::Comma)];
    exprlist_2 = Or [r(star_expr), r(expr)];
    testlist = ListEnd [r(test), t(T::Comma)];
    // node: [first item, comp_for | dictorsetmaker_list]
    dictorsetmaker = Ident [r(dictorsetmaker_item), o(dictorsetmaker_tail)];
    // node: [key, value]; a set item stands alone.
    dictorsetmaker_item = Ident [r(test), o(dictorsetmaker_colon)];
    dictorsetmaker_colon = Ident [t(T::Colon), r(test)];
    dictorsetmaker_tail = Or [r(comp_for), r(dictorsetmaker_list)];
    dictorsetmaker_list = And [t(T::Comma), o(dictorsetmaker_list2)];
    dictorsetmaker_list2 = ListEnd [r(dictorsetmaker_item), t(T::Comma)];
    arglist = ListEnd [r(arglist_2), t(T::Comma)];
    arglist_2 = Or [r(arglist_star), r(arglist_dbl_star), r(argument)];
    arglist_star = And [t(T::Star), r(test)];
    arglist_dbl_star = And [t(T::DblStar), r(test)];
    // node: [test, comp_for | keyword value | argument_4]
    argument = Ident [r(test), o(argument_2)];
    argument_2 = Or [r(comp_for), r(argument_3), r(argument_4)];
    argument_3 = Ident [t(T::Eq), r(test)];
    argument_4 = And [t(T::ColonEq), r(test)];
    comp_iter = Or [r(comp_for), r(comp_if)];
    // node: [targets, iterable, next comp_for | comp_if | null]
    comp_for = And [t(T::KwFor), r(exprlist), t(T::KwIn), r(or_test), o(comp_iter)];
    comp_if = And [t(T::KwIf), r(test_nocond), o(comp_iter)];
    yield_expr = And [t(T::KwYield), o(yield_arg)];
    yield_arg = Or [r(yield_arg_from), r(testlist_star_expr)];
    yield_arg_from = And [t(T::KwFrom), r(test)];
}

/// The rule numbered `n` (inverse of `as u8`); `file_input` for a bad number.
pub fn rule_from_u8(n: u8) -> Rule {
    if (n as usize) < RULES.len() {
        // SAFETY: `Rule` is `repr(u8)` with default discriminants, one per
        // entry of `RULES`, so every index below `RULES.len()` names a variant.
        unsafe { core::mem::transmute::<u8, Rule>(n) }
    } else {
        Rule::file_input
    }
}
