//! Scopes and the names they use: which are locals, cells, free variables
//! or globals, and where each local lives in the frame.
//!
//! The scope pass records every name a scope binds or uses. At the end of
//! each scope's pass (parents before children) names that are only used are
//! resolved: a binding in an enclosing function makes them free here and
//! cells there (class bodies are skipped, except for `__class__`); anything
//! else is a global. Then `compute_locals` numbers the frame slots as
//! MicroPython does:
//!
//! ```text
//!   [ free vars (passed like leading args) | params | locals | cells ]
//!   params: positional, keyword-only, *args, **kwargs
//! ```

use alloc::vec::Vec;

use crate::parse::Pn;
use crate::qstr::{names, Qstr};

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    ListComp,
    DictComp,
    SetComp,
    GenExpr,
}

impl ScopeKind {
    /// Functions, lambdas and comprehensions keep names in frame slots.
    pub fn is_func_like(self) -> bool {
        !matches!(self, ScopeKind::Module | ScopeKind::Class)
    }
    pub fn is_comprehension(self) -> bool {
        matches!(
            self,
            ScopeKind::ListComp | ScopeKind::DictComp | ScopeKind::SetComp | ScopeKind::GenExpr
        )
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum IdKind {
    /// Used, not bound: decided at the end of the scope pass.
    Undecided,
    GlobalImplicit,
    GlobalExplicit,
    Local,
    Cell,
    Free,
}

#[derive(Copy, Clone, Debug)]
pub struct Id {
    pub q: Qstr,
    pub kind: IdKind,
    pub param: bool,
    pub local_num: u16,
}

pub struct Scope {
    pub kind: ScopeKind,
    /// The node this scope compiles (funcdef, lambdef, classdef, comprehension, root).
    pub pn: Pn,
    pub parent: Option<usize>,
    pub simple_name: Qstr,
    pub flags: u8,
    /// `async def`: `await` allowed.
    pub is_async: bool,
    pub n_pos_args: u16,
    pub n_kwonly_args: u16,
    pub n_def_pos_args: u16,
    pub n_locals: u16,
    pub exc_stack_size: u16,
    /// Emptied once the scope's code is emitted (nothing reads it after).
    pub ids: Vec<Id>,
    /// Child scopes, in the order the scope pass met them: all are made
    /// during this scope's own scope pass, so their ids are consecutive.
    pub first_child: u32,
    pub n_children: u32,
}

impl Scope {
    pub fn new(kind: ScopeKind, pn: Pn, parent: Option<usize>, simple_name: Qstr) -> Self {
        Scope {
            kind,
            pn,
            parent,
            simple_name,
            flags: 0,
            is_async: false,
            n_pos_args: 0,
            n_kwonly_args: 0,
            n_def_pos_args: 0,
            n_locals: 0,
            exc_stack_size: 0,
            ids: Vec::new(),
            first_child: 0,
            n_children: 0,
        }
    }

    pub fn find(&self, q: Qstr) -> Option<usize> {
        self.ids.iter().position(|id| id.q == q)
    }

    pub fn get(&self, q: Qstr) -> Option<&Id> {
        self.ids.iter().find(|id| id.q == q)
    }

    /// The id for `q`, added with `kind` if new; returns (index, added).
    pub fn find_or_add(&mut self, q: Qstr, kind: IdKind) -> (usize, bool) {
        match self.find(q) {
            Some(i) => (i, false),
            None => {
                self.ids.push(Id {
                    q,
                    kind,
                    param: false,
                    local_num: 0,
                });
                (self.ids.len() - 1, true)
            }
        }
    }
}

/// Whether `q` is bound (local, cell or free) in `s`.
fn binds(s: &Scope, q: Qstr) -> Option<bool> {
    s.get(q)
        .map(|id| matches!(id.kind, IdKind::Local | IdKind::Cell | IdKind::Free))
}

/// The nearest enclosing function-like scope (or, for `__class__`, class)
/// of `scope` that mentions `q`, and whether it binds it.
fn enclosing_binding(scopes: &[Scope], scope: usize, q: Qstr) -> Option<usize> {
    let mut s = scopes[scope].parent;
    while let Some(i) = s {
        let sc = &scopes[i];
        if sc.kind == ScopeKind::Module {
            return None;
        }
        if sc.kind.is_func_like() || q == names::__class__ {
            if let Some(b) = binds(sc, q) {
                return b.then_some(i);
            }
        }
        s = sc.parent;
    }
    None
}

/// Makes `q` free in every scope from `scope`'s parent up to the one that
/// binds it, and a cell there.
fn close_over_in_parents(scopes: &mut [Scope], scope: usize, owner: usize, q: Qstr) {
    let mut s = scopes[scope].parent;
    while let Some(i) = s {
        if i == owner {
            if let Some(k) = scopes[i].find(q) {
                if scopes[i].ids[k].kind == IdKind::Local {
                    scopes[i].ids[k].kind = IdKind::Cell;
                }
            }
            return;
        }
        if scopes[i].kind.is_func_like() {
            let (k, _) = scopes[i].find_or_add(q, IdKind::Free);
            if !matches!(scopes[i].ids[k].kind, IdKind::Cell | IdKind::Free) {
                scopes[i].ids[k].kind = IdKind::Free;
            }
        }
        s = scopes[i].parent;
    }
}

/// Makes `q` (already in `scope`) a free variable bound in an enclosing
/// scope; false if no enclosing function binds it.
pub fn close_over(scopes: &mut [Scope], scope: usize, q: Qstr) -> bool {
    match enclosing_binding(scopes, scope, q) {
        Some(owner) => {
            if let Some(k) = scopes[scope].find(q) {
                scopes[scope].ids[k].kind = IdKind::Free;
            }
            close_over_in_parents(scopes, scope, owner, q);
            true
        }
        None => false,
    }
}

/// End of the scope pass for `scope`: decides the names it only uses.
pub fn resolve_uses(scopes: &mut [Scope], scope: usize) {
    for k in 0..scopes[scope].ids.len() {
        if scopes[scope].ids[k].kind != IdKind::Undecided {
            continue;
        }
        let q = scopes[scope].ids[k].q;
        if !close_over(scopes, scope, q) {
            scopes[scope].ids[k].kind = IdKind::GlobalImplicit;
        }
    }
}

/// Numbers frame slots (see the module comment). Parameters were added
/// first, in slot order.
pub fn compute_locals(scopes: &mut [Scope], scope: usize) {
    let parent_ids: Vec<(Qstr, IdKind)> = match scopes[scope].parent {
        Some(p) => scopes[p].ids.iter().map(|id| (id.q, id.kind)).collect(),
        None => Vec::new(),
    };
    let s = &mut scopes[scope];
    let func_like = s.kind.is_func_like();
    let mut n: u16 = 0;
    for id in s.ids.iter_mut() {
        if s.kind == ScopeKind::Class && id.q == names::__class__ {
            continue;
        }
        if func_like && id.kind == IdKind::GlobalImplicit {
            id.kind = IdKind::GlobalExplicit;
        }
        if (func_like && id.kind == IdKind::Local) || id.param {
            id.local_num = n;
            n += 1;
        }
    }
    for id in s.ids.iter_mut() {
        if id.kind == IdKind::Cell && !id.param {
            id.local_num = n;
            n += 1;
        }
    }
    // Free variables come first, in the order the parent lists them, as the
    // parent passes them when it makes the closure.
    let mut n_free: u16 = 0;
    for (q, kind) in &parent_ids {
        if matches!(kind, IdKind::Cell | IdKind::Free) {
            if let Some(id) = s
                .ids
                .iter_mut()
                .find(|id| id.kind == IdKind::Free && id.q == *q && !id.param)
            {
                id.local_num = n_free;
                n_free += 1;
            }
        }
    }
    if n_free > 0 {
        for id in s.ids.iter_mut() {
            if id.kind != IdKind::Free || id.param {
                id.local_num += n_free;
            }
        }
        s.n_pos_args += n_free;
        n += n_free;
    }
    s.n_locals = n;
}

/// What the prelude lists, made just before the scope is emitted (so only
/// one scope's lists exist at a time): the argument names in slot order and
/// the slots of cells.
pub fn prelude_names(s: &Scope, arg_names: &mut Vec<u32>, cells: &mut Vec<u8>) {
    let n_args = (s.n_pos_args + s.n_kwonly_args) as usize;
    arg_names.clear();
    for slot in 0..n_args {
        let name = s
            .ids
            .iter()
            .find(|id| id.param && id.local_num as usize == slot)
            .map_or(names::STAR.0, |id| id.q.0);
        arg_names.push(name);
    }
    cells.clear();
    cells.extend(
        s.ids
            .iter()
            .filter(|id| id.kind == IdKind::Cell)
            .map(|id| id.local_num as u8),
    );
}
