//! Property tests of the front end: random token soups and random bytes
//! never make the lexer, parser or compiler panic; random well-formed
//! expressions (pretty-printed) always compile.

use mupy::compile::{compile, CompileConfig, Mode};
use mupy::qstr::{names, QstrPool};
use proptest::prelude::*;

const VOCAB: &[&str] = &[
    "x",
    "y",
    "f",
    "1",
    "2.5",
    "0x1f",
    "3j",
    "'s'",
    "b'b'",
    "f'{x}'",
    "\"\"\"t\"\"\"",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    ";",
    ".",
    "=",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<",
    ">",
    "==",
    "!=",
    "<<",
    "->",
    ":=",
    "+=",
    "not",
    "and",
    "or",
    "in",
    "is",
    "if",
    "else",
    "elif",
    "for",
    "while",
    "def",
    "class",
    "return",
    "yield",
    "lambda",
    "try",
    "except",
    "finally",
    "with",
    "as",
    "import",
    "from",
    "global",
    "nonlocal",
    "del",
    "pass",
    "break",
    "continue",
    "raise",
    "assert",
    "async",
    "await",
    "None",
    "True",
    "False",
    "...",
    "\n",
    "\n    ",
    "\n  ",
    "\\\n",
    "#c\n",
    " ",
];

fn compile_any(src: &str, mode: Mode) {
    let mut pool = QstrPool::new(1 << 20);
    let _ = compile(
        src,
        names::STRING,
        mode,
        &CompileConfig::default(),
        &mut pool,
    );
}

/// A random expression, printed with enough parentheses to be unambiguous.
fn expr() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("x".to_string()),
        Just("y_1".to_string()),
        (0i64..1_000_000_000_000).prop_map(|v| v.to_string()),
        (0.0f64..1e10).prop_map(|v| format!("{v:?}")),
        "[a-z]{0,12}".prop_map(|s| format!("'{s}'")),
        Just("None".to_string()),
        Just("True".to_string()),
    ];
    leaf.prop_recursive(6, 64, 4, |inner| {
        let op = prop_oneof![
            Just("+"),
            Just("-"),
            Just("*"),
            Just("/"),
            Just("//"),
            Just("%"),
            Just("**"),
            Just("<<"),
            Just(">>"),
            Just("&"),
            Just("|"),
            Just("^"),
            Just("<"),
            Just("=="),
            Just("is not"),
            Just("not in"),
            Just("and"),
            Just("or")
        ];
        prop_oneof![
            (inner.clone(), op, inner.clone()).prop_map(|(a, o, b)| format!("({a} {o} {b})")),
            inner.clone().prop_map(|a| format!("(-{a})")),
            inner.clone().prop_map(|a| format!("(not {a})")),
            prop::collection::vec(inner.clone(), 0..4).prop_map(|v| format!("[{}]", v.join(", "))),
            prop::collection::vec(inner.clone(), 1..4).prop_map(|v| format!("({},)", v.join(", "))),
            (inner.clone(), inner.clone()).prop_map(|(k, v)| format!("{{{k}: {v}}}")),
            prop::collection::vec(inner.clone(), 0..3).prop_map(|v| format!("f({})", v.join(", "))),
            (inner.clone(), inner.clone(), inner.clone())
                .prop_map(|(a, b, c)| format!("({a} if {b} else {c})")),
            inner.clone().prop_map(|a| format!("[v for v in {a} if v]")),
            inner.clone().prop_map(|a| format!("(lambda v, w=1: {a})")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a})[{b}]")),
            inner.prop_map(|a| format!("({a}).attr")),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn token_soup_never_panics(toks in prop::collection::vec(prop::sample::select(VOCAB), 0..60)) {
        let src: String = toks.iter().flat_map(|t| [*t, " "]).collect();
        compile_any(&src, Mode::File);
        compile_any(&src, Mode::Single);
        compile_any(&src, Mode::Eval);
    }

    #[test]
    fn random_text_never_panics(src in "\\PC{0,80}") {
        compile_any(&src, Mode::File);
    }

    #[test]
    fn well_formed_expressions_compile(e in expr()) {
        let mut pool = QstrPool::new(1 << 20);
        let cfg = CompileConfig::default();
        let file = format!("r = {e}\n");
        prop_assert!(compile(&file, names::STRING, Mode::File, &cfg, &mut pool).is_ok(), "{}", file);
        let body = format!("def g(x, y_1):\n    return {e}\n");
        prop_assert!(compile(&body, names::STRING, Mode::File, &cfg, &mut pool).is_ok(), "{}", body);
        prop_assert!(compile(&e, names::STRING, Mode::Eval, &cfg, &mut pool).is_ok(), "{}", e);
        // Inner strings are single-quoted, so a double-quoted f-string can hold any of them.
        let fstring = format!("s = f\"{{ {e}!r:>{{w}}}} {{ {e}=}}\"\n");
        prop_assert!(compile(&fstring, names::STRING, Mode::File, &cfg, &mut pool).is_ok(), "{}", fstring);
    }
}

/// Compiles `src` as a file; the error's kind and message, if any.
fn compile_result(src: &str) -> Result<(), (mupy::compile::ErrorKind, String)> {
    let mut pool = QstrPool::new(1 << 20);
    let cfg = CompileConfig::default();
    compile(src, names::STRING, Mode::File, &cfg, &mut pool)
        .map(|_| ())
        .map_err(|e| (e.kind, e.message))
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    use mupy::compile::ErrorKind;
    let deep = [
        format!("x = {}{}\n", "(".repeat(10_000), ")".repeat(10_000)),
        format!("x = {}{}\n", "[".repeat(10_000), "]".repeat(10_000)),
        format!("x = {}a\n", "not ".repeat(10_000)),
        format!("x = {}a\n", "-".repeat(10_000)),
        format!("x = {}1\n", "lambda: ".repeat(10_000)),
        format!("x = {}c\n", "a if b else ".repeat(10_000)),
    ];
    for src in &deep {
        match compile_result(src) {
            Err((ErrorKind::SyntaxError | ErrorKind::MemoryError, _)) => {}
            other => panic!("{:.40}...: {other:?}", src),
        }
    }
}

#[test]
fn long_flat_expressions_compile() {
    // CPython compiles these; they are wide, not deep.
    let sum = format!("x = {}\n", vec!["a"; 10_000].join(" + "));
    assert_eq!(compile_result(&sum), Ok(()));
    let calls = format!("x = a{}\n", ".b()".repeat(2_000));
    assert_eq!(compile_result(&calls), Ok(()));
    let lines: String = (0..5_000)
        .map(|i| format!("v{} = {}\n", i % 50, i))
        .collect();
    assert_eq!(compile_result(&lines), Ok(()));
}

#[test]
fn nesting_within_the_limits_compiles() {
    let parens = format!("x = {}1{}\n", "(".repeat(190), ")".repeat(190));
    assert_eq!(compile_result(&parens), Ok(()));
    let mut blocks = String::new();
    for i in 0..95 {
        blocks += &format!("{}if x:\n", "    ".repeat(i));
    }
    blocks += &format!("{}pass\n", "    ".repeat(95));
    assert_eq!(compile_result(&blocks), Ok(()));
    // Scopes nest at most `MAX_SCOPE_DEPTH` deep.
    let lambdas = format!("f = {}1\n", "lambda: ".repeat(100));
    assert_eq!(compile_result(&lambdas), Ok(()));
    let lambdas = format!("f = {}1\n", "lambda: ".repeat(101));
    assert!(matches!(
        compile_result(&lambdas),
        Err((mupy::compile::ErrorKind::SyntaxError, _))
    ));
}
