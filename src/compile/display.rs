//! Tuples, lists, sets and dicts written out (`(a, b)`, `[a]`, `{a: b}`),
//! and the item views that unpacking targets share with them.

use alloc::vec::Vec;

use super::scope::ScopeKind;
use super::task::{Display, Op, Task};
use super::{Compiler, R};
use crate::parse::grammar::Rule;
use crate::parse::{Pn, Tree};
use mupy_emitters::{BuildKind, Const, Emit};

/// The items of a tuple-like node without copying them: an optional first
/// item and a slice of the tree.
#[derive(Copy, Clone)]
pub(crate) struct Items<'t> {
    first: Option<Pn>,
    rest: &'t [Pn],
}

impl<'t> Items<'t> {
    const EMPTY: Items<'static> = Items {
        first: None,
        rest: &[],
    };

    pub(crate) fn len(&self) -> usize {
        usize::from(self.first.is_some()) + self.rest.len()
    }

    pub(crate) fn get(&self, i: usize) -> Option<Pn> {
        match (self.first, i) {
            (Some(f), 0) => Some(f),
            (Some(_), i) => self.rest.get(i - 1).copied(),
            (None, i) => self.rest.get(i).copied(),
        }
    }

    pub(crate) fn iter(self) -> impl Iterator<Item = Pn> + 't {
        self.first.into_iter().chain(self.rest.iter().copied())
    }

    fn one(pn: Pn) -> Items<'t> {
        Items {
            first: Some(pn),
            rest: &[],
        }
    }
}

/// Child `i` of `parent` as a one-item slice of the tree (empty if none):
/// a list node's items when the list has only one.
fn lone_child(t: &Tree, parent: Pn, i: usize) -> &[Pn] {
    t.children(parent)
        .get(i)
        .map_or(&[][..], core::slice::from_ref)
}

/// Items of a tuple-like node (testlist, testlist_comp, a parenthesised
/// tuple, ...); any other node is one item.
pub(crate) fn seq_view(t: &Tree, mut pn: Pn) -> Items<'_> {
    // A tuple's `atom_paren` holds its testlist_comp, or nothing.
    while t.is(pn, Rule::atom_paren) {
        pn = t.child(pn, 0);
        if pn.is_null() {
            return Items::EMPTY;
        }
    }
    match t.rule(pn) {
        Some(Rule::testlist_comp) => {
            let rest = t.child(t.child(pn, 1), 0);
            let rest = if rest.is_null() {
                &[][..]
            } else if t.is(rest, Rule::testlist_comp_3c) {
                t.children(rest)
            } else {
                lone_child(t, t.child(pn, 1), 0)
            };
            Items {
                first: Some(t.child(pn, 0)),
                rest,
            }
        }
        Some(Rule::testlist | Rule::testlist_star_expr | Rule::exprlist | Rule::subscriptlist) => {
            Items {
                first: None,
                rest: t.children(pn),
            }
        }
        _ => Items::one(pn),
    }
}

/// Items of a list display or list target `[inner]`.
pub(crate) fn bracket_view(t: &Tree, inner: Pn) -> Items<'_> {
    if inner.is_null() {
        Items::EMPTY
    } else if t.is(inner, Rule::testlist_comp) {
        seq_view(t, inner)
    } else {
        Items::one(inner)
    }
}

/// Items of a set or dict display `{inner}` (not a comprehension).
fn brace_view(t: &Tree, inner: Pn) -> Items<'_> {
    if inner.is_null() {
        return Items::EMPTY;
    }
    if !t.is(inner, Rule::dictorsetmaker) {
        return Items::one(inner);
    }
    let tail = t.child(inner, 1);
    let rest = t.child(tail, 0);
    let rest = if rest.is_null() {
        &[][..]
    } else if t.is(rest, Rule::dictorsetmaker_list2) {
        t.children(rest)
    } else {
        lone_child(t, tail, 0)
    };
    Items {
        first: Some(t.child(inner, 0)),
        rest,
    }
}

impl<E: Emit> Compiler<'_, E> {
    /// Items of a tuple-like node, copied (for statement-level rewrites).
    pub(crate) fn seq_items(&self, pn: Pn) -> Vec<Pn> {
        seq_view(self.tree, pn).iter().collect()
    }

    /// A tuple: one constant if every item is a literal.
    pub(crate) fn tuple(&mut self, pn: Pn) -> R {
        let items = seq_view(self.tree, pn);
        if items.len() > 0 {
            let consts: Option<Vec<Const>> = items.iter().map(|x| self.leaf_const(x)).collect();
            if let Some(consts) = consts {
                self.emit.load_const_obj(Const::Tuple(consts));
                return Ok(());
            }
        }
        self.items_step(pn, 0, Display::Tuple)
    }

    pub(crate) fn list_display(&mut self, inner: Pn) -> R {
        let t = self.tree;
        if t.is(inner, Rule::testlist_comp) && t.is(t.child(inner, 1), Rule::comp_for) {
            return self.comprehension(inner, ScopeKind::ListComp);
        }
        self.items_step(inner, 0, Display::List)
    }

    pub(crate) fn brace_display(&mut self, inner: Pn) -> R {
        let t = self.tree;
        if inner.is_null() {
            self.emit.build(0, BuildKind::Map);
            return Ok(());
        }
        let first = if t.is(inner, Rule::dictorsetmaker) {
            let first = t.child(inner, 0);
            if t.is(t.child(inner, 1), Rule::comp_for) {
                let kind = if t.is(first, Rule::dictorsetmaker_item) {
                    ScopeKind::DictComp
                } else {
                    ScopeKind::SetComp
                };
                return self.comprehension(inner, kind);
            }
            first
        } else {
            inner
        };
        let kind = if t.is(first, Rule::dictorsetmaker_item) {
            Display::Dict
        } else {
            Display::Set
        };
        self.items_step(inner, 0, kind)
    }

    /// `Task::Items`: item `step` of the display `pn` next (for lists,
    /// sets and dicts `pn` is what is inside the brackets).
    pub(crate) fn items_step(&mut self, pn: Pn, step: u32, kind: Display) -> R {
        let t = self.tree;
        let items = match kind {
            Display::Tuple => seq_view(t, pn),
            Display::List => bracket_view(t, pn),
            Display::Set | Display::Dict => brace_view(t, pn),
        };
        let n = items.len() as u32;
        if kind == Display::Dict && step == 0 {
            self.emit.build(n, BuildKind::Map);
        }
        let Some(it) = items.get(step as usize) else {
            let build = match kind {
                Display::Tuple => BuildKind::Tuple,
                Display::List => BuildKind::List,
                Display::Set => BuildKind::Set,
                Display::Dict => return Ok(()),
            };
            self.emit.build(n, build);
            return Ok(());
        };
        let is_item = t.is(it, Rule::dictorsetmaker_item);
        match kind {
            Display::Dict if !is_item => {
                return Err(self.error_at(it, "expecting key:value for dict"))
            }
            Display::Set if is_item => {
                return Err(self.error_at(it, "expecting just a value for set"))
            }
            _ => {}
        }
        self.push(Task::Items {
            pn,
            step: step + 1,
            kind,
        })?;
        if kind == Display::Dict {
            self.push(Task::Op(Op::StoreMap))?;
            self.push(Task::Expr(t.child(it, 0)))?;
            self.push(Task::Expr(t.child(it, 1)))
        } else {
            self.push(Task::Expr(it))
        }
    }
}
