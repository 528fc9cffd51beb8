//! A readable s-expression form of a parse tree, for tests and debugging:
//! `(expr_stmt a (arith_expr 1 + 2))`. Recursion depth is bounded by
//! `MAX_TREE_DEPTH`.

use alloc::format;
use alloc::string::String;

use super::grammar::RULES;
use super::tree::{Kind, Lit, Pn, Tree};
use crate::qstr::Interner;

pub fn dump(tree: &Tree, pn: Pn, names: &dyn Interner) -> String {
    let mut out = String::new();
    write(tree, pn, names, &mut out);
    out
}

fn write(tree: &Tree, pn: Pn, names: &dyn Interner, out: &mut String) {
    match tree.kind(pn) {
        Kind::Null => out.push('~'),
        Kind::SmallInt(v) => out.push_str(&format!("{v}")),
        Kind::Name(q) => out.push_str(names.get(q)),
        Kind::Str(q) => out.push_str(&format!("{:?}", names.get(q))),
        Kind::Token(t) => out.push_str(&format!("{t:?}")),
        Kind::Lit(i) => match tree.lit(i) {
            Lit::Int(v) => out.push_str(&format!("{v}")),
            Lit::BigInt(s) => out.push_str(s),
            Lit::Float(f) => out.push_str(&format!("{f:?}")),
            Lit::Imag(f) => out.push_str(&format!("{f:?}j")),
            Lit::Str(s) => out.push_str(&format!("{s:?}")),
            Lit::Bytes(b) => out.push_str(&format!("b{b:?}")),
        },
        Kind::Node(r) => {
            out.push('(');
            out.push_str(RULES[r as usize].name);
            for &c in tree.children(pn) {
                out.push(' ');
                write(tree, c, names, out);
            }
            out.push(')');
        }
    }
}
