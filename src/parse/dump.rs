//! A readable s-expression form of a parse tree, for tests and debugging:
//! `(expr_stmt a (arith_expr 1 + 2))`. Walks with an explicit stack.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::grammar::RULES;
use super::tree::{Kind, Lit, Pn, Tree};
use crate::qstr::Interner;

pub fn dump(tree: &Tree, pn: Pn, names: &dyn Interner) -> String {
    let mut out = String::new();
    // Nodes being written, with the index of their next child.
    let mut open: Vec<(Pn, usize)> = Vec::new();
    let mut cur = Some(pn);
    loop {
        if let Some(pn) = cur.take() {
            if let Kind::Node(r) = tree.kind(pn) {
                out.push('(');
                out.push_str(RULES[r as usize].name);
                open.push((pn, 0));
            } else {
                leaf(tree, pn, names, &mut out);
            }
        }
        let Some((node, next)) = open.last_mut() else {
            return out;
        };
        match tree.children(*node).get(*next) {
            Some(&c) => {
                *next += 1;
                out.push(' ');
                cur = Some(c);
            }
            None => {
                out.push(')');
                open.pop();
            }
        }
    }
}

fn leaf(tree: &Tree, pn: Pn, names: &dyn Interner, out: &mut String) {
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
        Kind::Node(_) => {}
    }
}
