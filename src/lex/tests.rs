//! Lexer unit tests: layout tokens, literals, f-string rewriting, errors.

use super::*;
use alloc::vec;

fn kinds(src: &str) -> Vec<Tok> {
    let mut lx = Lexer::new(src);
    let mut out = Vec::new();
    loop {
        let t = lx.next_token().unwrap();
        if t.kind == Tok::EndMarker {
            return out;
        }
        out.push(t.kind);
    }
}

fn tokens(src: &str) -> Vec<Token<'_>> {
    let mut lx = Lexer::new(src);
    let mut out = Vec::new();
    loop {
        let t = lx.next_token().unwrap();
        if t.kind == Tok::EndMarker {
            return out;
        }
        out.push(t);
    }
}

fn error(src: &str) -> CompileError {
    let mut lx = Lexer::new(src);
    loop {
        match lx.next_token() {
            Err(e) => return e,
            Ok(t) if t.kind == Tok::EndMarker => panic!("no error in {src:?}"),
            Ok(_) => {}
        }
    }
}

use Tok::*;

#[test]
fn indentation_makes_indent_and_dedent() {
    let src = "if x:\n    y\n\n    # c\n    if z:\n    \tw\nv\n";
    assert_eq!(
        kinds(src),
        vec![
            KwIf, Name, Colon, Newline, Indent, Name, Newline, KwIf, Name, Colon, Newline, Indent,
            Name, Newline, Dedent, Dedent, Name, Newline
        ]
    );
}

#[test]
fn indentation_that_depends_on_the_tab_size_is_an_error() {
    // A tab reaches column 8 here, but only by being taken as 8 columns.
    let mut lx = Lexer::new("if x:\n        a\n\tb\n");
    let e = loop {
        match lx.next_token() {
            Ok(t) if t.kind == Tok::EndMarker => panic!("no error"),
            Ok(_) => {}
            Err(e) => break e,
        }
    };
    assert_eq!((e.kind, e.line), (ErrorKind::TabError, 3));
    assert!(e.message.contains("inconsistent use of tabs"));
    // Deeper by either measure: fine.
    assert_eq!(
        kinds("if x:\n  a\n  if y:\n  \tb\n"),
        vec![
            KwIf, Name, Colon, Newline, Indent, Name, Newline, KwIf, Name, Colon, Newline, Indent,
            Name, Newline, Dedent, Dedent
        ]
    );
}

#[test]
fn eof_closes_line_and_blocks() {
    assert_eq!(
        kinds("def f():\n  return 1"),
        vec![KwDef, Name, LParen, RParen, Colon, Newline, Indent, KwReturn, Int, Newline, Dedent]
    );
    assert_eq!(kinds(""), vec![]);
    assert_eq!(kinds("\n\n  # only a comment\n"), vec![]);
}

#[test]
fn brackets_join_lines_and_backslash_continues() {
    assert_eq!(
        kinds("x = (1,\n  2)\n"),
        vec![Name, Eq, LParen, Int, Comma, Int, RParen, Newline]
    );
    assert_eq!(
        kinds("x = 1 + \\\n  2\n"),
        vec![Name, Eq, Int, Plus, Int, Newline]
    );
}

#[test]
fn operators_longest_match() {
    assert_eq!(
        kinds("a **= b // c ... -> := != <<= @"),
        vec![
            Name, DblStarEq, Name, DblSlash, Name, Ellipsis, Arrow, ColonEq, NotEq, DblLessEq, At,
            Newline
        ]
    );
}

#[test]
fn keywords_and_unicode_names() {
    let t = tokens("async await nonlocal héllo _x1");
    assert_eq!(t[0].kind, KwAsync);
    assert_eq!(t[1].kind, KwAwait);
    assert_eq!(t[2].kind, KwNonlocal);
    assert_eq!(t[3].val, Val::Name("héllo"));
    assert_eq!(t[4].val, Val::Name("_x1"));
}

#[test]
fn positions_are_one_based() {
    let t = tokens("a = 1\n  \nbb(é, c)\n");
    let c = t.iter().find(|t| t.val == Val::Name("c")).unwrap();
    assert_eq!((c.line, c.col), (3, 7));
}

#[test]
fn strings_concatenate_and_decode() {
    let t = tokens("x = ('a\\n' r'\\n'\n  \"\"\"b\nc\"\"\")\ny");
    assert_eq!(t[3].val, Val::Str("a\n\\nb\nc".into()));
    let y = t.iter().find(|t| t.val == Val::Name("y")).unwrap();
    assert_eq!(y.line, 4);
    let b = tokens("b'\\x00a' rb'\\x'");
    assert_eq!(b[0].val, Val::Bytes(vec![0, b'a', b'\\', b'x']));
}

#[test]
fn fstrings_become_format_calls() {
    let t = tokens("f'a{x}b{y!r:>{w}}' 'c{'");
    let k: Vec<Tok> = t.iter().map(|t| t.kind).collect();
    assert_eq!(
        k,
        vec![
            Str, Dot, Name, LParen, LParen, Name, RParen, Comma, LParen, Name, RParen, Comma,
            LParen, Name, RParen, Comma, RParen, Newline
        ]
    );
    assert_eq!(t[0].val, Val::Str("a{}b{!r:>{}}c{{".into()));
    assert_eq!(t[2].val, Val::Name("format"));
    let plain = tokens("f'{{a}}' 'b'");
    assert_eq!(plain[0].val, Val::Str("{a}b".into()));
    let nested = tokens("f'{f\"{1}\"}'");
    assert_eq!(nested[0].val, Val::Str("{}".into()));
    assert_eq!(nested[5].val, Val::Str("{}".into()));
}

#[test]
fn lexical_errors() {
    assert_eq!(
        error("'abc\n").message,
        "unterminated string literal (detected at line 1)"
    );
    assert_eq!(error("x = '''abc\n").kind, ErrorKind::Incomplete);
    assert_eq!(error("(1,\n2").kind, ErrorKind::Incomplete);
    assert_eq!(error("x)").message, "unmatched ')'");
    assert_eq!(
        error("(]").message,
        "closing parenthesis ']' does not match opening parenthesis '('"
    );
    assert_eq!(
        error("x = 1 \\ 2").message,
        "unexpected character after line continuation character"
    );
    assert_eq!(error("x = $").message, "invalid syntax");
    assert_eq!(error("x = €").message, "invalid character '€' (U+20AC)");
    let e = error("if x:\n    a\n  b\n");
    assert_eq!((e.kind, e.line), (ErrorKind::IndentationError, 3));
    assert_eq!(
        error("b'a' 'b'").message,
        "cannot mix bytes and nonbytes literals"
    );
    assert_eq!(error("x = 0777").line, 1);
    assert_eq!(
        error(&"(".repeat(201)).message,
        "too many nested parentheses"
    );
}

#[test]
fn many_indents_are_an_error() {
    let mut src = String::new();
    for i in 0..120 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    assert_eq!(error(&src).message, "too many levels of indentation");
}
