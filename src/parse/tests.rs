//! Parser tests: tree shapes for each construct, syntax errors, deep nesting.

use super::*;
use crate::qstr::QstrPool;

fn tree(src: &str) -> String {
    let mut pool = QstrPool::new(1 << 20);
    let t = parse(src, Mode::File, &mut pool).unwrap_or_else(|e| panic!("{src:?}: {e}"));
    dump(&t, t.root, &pool)
}

fn expr(src: &str) -> String {
    let t = tree(src);
    // Strip "(file_input " and " ~)".
    let inner = t
        .strip_prefix("(file_input ")
        .unwrap()
        .strip_suffix(")")
        .unwrap();
    String::from(inner)
}

fn error(src: &str) -> CompileError {
    let mut pool = QstrPool::new(1 << 20);
    match parse(src, Mode::File, &mut pool) {
        Ok(t) => panic!("{src:?} parsed: {}", dump(&t, t.root, &pool)),
        Err(e) => e,
    }
}

#[test]
fn expressions_have_compact_shapes() {
    assert_eq!(expr("x\n"), "(expr_stmt x ~)");
    assert_eq!(
        expr("1 + 2 * 3"),
        "(expr_stmt (arith_expr 1 Plus (term 2 Star 3)) ~)"
    );
    assert_eq!(expr("((x))"), "(expr_stmt x ~)");
    assert_eq!(expr("()"), "(expr_stmt (atom_paren ~) ~)");
    // A parenthesised tuple keeps its paren node: `[(1, 2)]` is not `[1, 2]`.
    assert_eq!(
        expr("(x,)"),
        "(expr_stmt (atom_paren (testlist_comp x (testlist_comp_3b ~))) ~)"
    );
    assert_ne!(expr("[(1, 2)]"), expr("[1, 2]"));
    assert_eq!(
        expr("f(a, b=1)"),
        "(expr_stmt (atom_expr_normal f (trailer_paren (arglist a (argument b 1)))) ~)"
    );
    assert_eq!(
        expr("a < b < c"),
        "(expr_stmt (comparison a Less b Less c) ~)"
    );
    assert_eq!(
        expr("a is not b"),
        "(expr_stmt (comparison a (comp_op_is (comp_op_is_not)) b) ~)"
    );
    assert_eq!(
        expr("-x ** 2"),
        "(expr_stmt (factor_2 Minus (power x 2)) ~)"
    );
    assert_eq!(
        expr("x if y else z"),
        "(expr_stmt (test_if_expr x (test_if_else y z)) ~)"
    );
    assert_eq!(expr("a[1:2, ::3]"), "(expr_stmt (atom_expr_normal a (trailer_bracket (subscriptlist (subscript_2 1 (subscript_3 2)) (subscript_3 (subscript_3c 3))))) ~)");
    assert_eq!(
        expr("{1: 2}"),
        "(expr_stmt (atom_brace (dictorsetmaker_item 1 2)) ~)"
    );
    assert_eq!(
        expr("'long string literal' 'x'"),
        "(expr_stmt \"long string literalx\" ~)"
    );
    assert_eq!(expr("None"), "(expr_stmt KwNone ~)");
    assert_eq!(expr("2**100"), "(expr_stmt (power 2 100) ~)");
}

#[test]
fn statements() {
    assert_eq!(
        expr("a = b = 1"),
        "(expr_stmt a (expr_stmt_assign_list b 1))"
    );
    assert_eq!(
        expr("a += 1"),
        "(expr_stmt a (expr_stmt_augassign PlusEq 1))"
    );
    assert_eq!(expr("x: int = 1"), "(expr_stmt x (annassign int 1))");
    assert_eq!(
        expr("a, *b = c"),
        "(expr_stmt (testlist_star_expr a (star_expr b)) c)"
    );
    assert_eq!(
        expr("import a.b as c, d"),
        "(import_name (dotted_as_names (dotted_as_name (dotted_name a b) c) d))"
    );
    assert_eq!(
        expr("from . import (x as y,)"),
        "(import_from (import_from_2b Dot ~) (import_as_names (import_as_name x y)))"
    );
    assert_eq!(expr("del a, b"), "(del_stmt (exprlist a b))");
    assert_eq!(
        expr("pass; pass;"),
        "(simple_stmt_2 (pass_stmt) (pass_stmt))"
    );
    assert_eq!(
        expr("def f(a, *, b=1, **k) -> int:\n    return a\n"),
        "(funcdef f (typedargslist a (typedargslist_star ~) (typedargslist_name b ~ 1) (typedargslist_dbl_star k ~)) int (return_stmt a))"
    );
    assert_eq!(
        expr("if a:\n  b\nelif c:\n  d\nelse:\n  e\n"),
        "(if_stmt a (expr_stmt b ~) (if_stmt_elif c (expr_stmt d ~)) (expr_stmt e ~))"
    );
    assert_eq!(
        expr("try:\n  a\nexcept E as e:\n  b\nfinally:\n  c\n"),
        "(try_stmt (expr_stmt a ~) (try_stmt_except_and_more (try_stmt_except (try_stmt_as_name E e) (expr_stmt b ~)) ~ (expr_stmt c ~)))"
    );
    assert_eq!(
        expr("@d\nclass A(B): pass"),
        "(decorated d (classdef A (classdef_2 B) (pass_stmt)))"
    );
    assert_eq!(
        expr("async def f(): await x"),
        "(async_stmt (funcdef f ~ ~ (expr_stmt (atom_expr_await x) ~)))"
    );
    assert_eq!(
        expr("[x for x in y if x]"),
        "(expr_stmt (atom_bracket (testlist_comp x (comp_for x y (comp_if x ~)))) ~)"
    );
    assert_eq!(
        expr("lambda x, y=2: x"),
        "(expr_stmt (lambdef (varargslist x (varargslist_name y 2)) x) ~)"
    );
    assert_eq!(
        expr("while (n := 1): pass"),
        "(while_stmt (namedexpr_test n 1) (pass_stmt) ~)"
    );
}

#[test]
fn syntax_errors_have_positions() {
    let e = error("x = 1\ny = = 2\n");
    assert_eq!(
        (e.kind, e.message.as_str(), e.line, e.column),
        (ErrorKind::SyntaxError, "invalid syntax", 2, 5)
    );
    let e = error("  x = 1\n");
    assert_eq!(
        (e.kind, e.message.as_str()),
        (ErrorKind::IndentationError, "unexpected indent")
    );
    let e = error("if x:\ny\n");
    assert_eq!((e.kind, e.line), (ErrorKind::IndentationError, 2));
    let e = error("if x:\n");
    assert_eq!(e.kind, ErrorKind::IndentationError);
    let e = error("f(1,\n");
    assert_eq!(e.kind, ErrorKind::SyntaxError);
    assert_eq!(error("a b").message, "invalid syntax");
    assert_eq!(error("import a,").kind, ErrorKind::SyntaxError);
    assert_eq!(error("x = (1 +)").line, 1);
}

#[test]
fn single_mode_reports_incomplete_input() {
    let mut pool = QstrPool::new(1 << 20);
    for src in [
        "if x:\n",
        "f(1,",
        "s = '''a",
        "def f():\n  return 1\n  x = (\n",
    ] {
        let e = parse(src, Mode::Single, &mut pool).err().unwrap();
        assert_eq!(e.kind, ErrorKind::Incomplete, "{src:?}");
    }
    assert!(parse("x = 1\n", Mode::Single, &mut pool).is_ok());
}

#[test]
fn eval_mode() {
    let mut pool = QstrPool::new(1 << 20);
    let t = parse("1, 2\n\n", Mode::Eval, &mut pool).unwrap();
    assert_eq!(
        dump(&t, t.root, &pool),
        "(eval_input (testlist 1 2) (eval_input_2) ~)".replace(" ~)", ")")
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for src in [
        "(".repeat(10_000) + &")".repeat(10_000),
        "[".repeat(10_000) + &"]".repeat(10_000),
        "-".repeat(100_000) + "1",
        "not ".repeat(10_000) + "x",
        "lambda: ".repeat(10_000) + "x",
        "x if y else ".repeat(10_000) + "z",
        "2**".repeat(10_000) + "2",
    ] {
        let e = error(&src);
        assert_eq!(e.kind, ErrorKind::SyntaxError);
    }
    let mut src = String::new();
    for i in 0..500 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    assert!(matches!(
        error(&src).kind,
        ErrorKind::SyntaxError | ErrorKind::IndentationError
    ));
}

#[test]
fn moderate_nesting_is_fine() {
    tree(&("(".repeat(150) + "1" + &")".repeat(150)));
    tree(&("[".repeat(150) + &"]".repeat(150)));
    tree(&("-".repeat(150) + "1"));
}
