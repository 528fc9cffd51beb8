//! Compiling a module a top-level statement at a time, so that the parse
//! tree never holds more than one statement in full.
//!
//! For each statement, as soon as it is parsed: the module's scope pass
//! over it, then every scope it makes (functions, classes, lambdas,
//! comprehensions) is compiled completely, as `Compiler::run` would. Those
//! scopes can be finished this early because nothing after the statement
//! can change them: a name they use binds in an enclosing function or
//! class of the same statement, or is global. What the module's own code
//! still needs of the statement (names, default values, decorators, bases,
//! a comprehension's first iterable) is copied into a small *residue* tree,
//! and the statement's full tree is freed. The module's code is compiled
//! last, from the residues.
//!
//! Code objects come out in a different order than `mpy-cross` writes them
//! (children before the module), so constants are numbered differently;
//! the `.mpy` path (`QstrMode::Table`) therefore compiles the whole tree at
//! once, as MicroPython does. A compile error in an earlier statement is
//! reported before a syntax error in a later one.

use alloc::vec::Vec;

use super::scope::{self, Scope, ScopeKind};
use super::{emit_error, CompileConfig, CompileError, Compiler, ErrorKind, Mode, R};
use crate::parse::grammar::Rule;
use crate::parse::{Kind, Mark, Pn, StmtParser, Tree};
use crate::qstr::{names, Interner, Qstr};
use mupy_emitters::{BytecodeEmitter, Emit, Module, Pass, QstrMode};

/// What the compiler keeps from one statement to the next.
struct Carry {
    scopes: Vec<Scope>,
    consts: Vec<(Qstr, super::fold::Folded)>,
    n_temps: u32,
    id_base: usize,
    module_children: Vec<u32>,
    stack_top: usize,
    /// Kept so its buffer is reused from one statement to the next.
    tasks: Vec<super::task::Task>,
}

pub(super) fn compile_file(
    source: &str,
    filename: Qstr,
    cfg: &CompileConfig,
    interner: &mut dyn Interner,
) -> Result<Module, CompileError> {
    let mut sp = StmtParser::new(source)?;
    let mut emitter = BytecodeEmitter::new(QstrMode::Global, filename.0);
    if cfg.opt_level >= 3 {
        emitter.set_line_numbers(false);
    }
    let mut carry = Carry {
        scopes: alloc::vec![Scope::new(
            ScopeKind::Module,
            Pn::NULL,
            None,
            names::MODULE_NAME
        )],
        consts: Vec::new(),
        n_temps: 0,
        id_base: 0,
        module_children: Vec::new(),
        stack_top: super::stack::here(),
        tasks: Vec::new(),
    };
    let mut residues: Vec<Pn> = Vec::new();
    let mut first_line = 0;
    loop {
        let mark = sp.tree().mark();
        let Some(stmt) = sp.next_stmt(interner)? else {
            break;
        };
        if first_line == 0 {
            first_line = sp.tree().line(stmt);
        }
        let mut c = compiler(sp.tree(), interner, &mut emitter, cfg, carry);
        let done = c.statement(stmt);
        carry = uncompiler(c);
        done?;
        let kept = residue(sp.tree_mut(), stmt, mark).ok_or_else(|| oom(first_line))?;
        residues.try_reserve(1).map_err(|_| oom(first_line))?;
        residues.push(kept);
        // This statement's scopes are emitted; their ids stay taken.
        carry.id_base += carry.scopes.len() - 1;
        carry.scopes.truncate(1);
    }
    let line = first_line.max(1);
    let tree = sp.tree_mut();
    let list = match residues.len() {
        0 => Pn::NULL,
        1 => residues[0],
        _ => tree
            .add_node(Rule::file_input_2, line, &residues)
            .ok_or_else(|| oom(line))?,
    };
    drop(residues);
    let root = tree
        .add_node(Rule::file_input, line, &[list])
        .ok_or_else(|| oom(line))?;
    tree.root = root;
    carry.scopes[0].pn = root;
    // Child ids in `module_children` are emitter ids: no offset now.
    carry.id_base = 0;
    let mut c = compiler(sp.tree(), interner, &mut emitter, cfg, carry);
    scope::resolve_uses(&mut c.scopes, 0);
    let done = c.emit_scopes_from(0);
    drop(c);
    done?;
    drop(sp);
    emitter.into_module(0).map_err(|e| emit_error(e, 0))
}

fn oom(line: u32) -> CompileError {
    CompileError::new(
        ErrorKind::MemoryError,
        "out of memory while compiling",
        line,
        0,
    )
}

fn compiler<'a, E: Emit>(
    tree: &'a Tree,
    interner: &'a mut dyn Interner,
    emit: &'a mut E,
    cfg: &'a CompileConfig,
    carry: Carry,
) -> Compiler<'a, E> {
    Compiler {
        tree,
        interner,
        emit,
        cfg,
        mode: Mode::File,
        scopes: carry.scopes,
        cur: 0,
        pass: Pass::Scope,
        next_label: 0,
        child_index: 0,
        cur_except_level: 0,
        loop_ctx: None,
        line: 1,
        consts: carry.consts,
        n_temps: carry.n_temps,
        id_base: carry.id_base,
        module_children: Some(carry.module_children),
        stack_top: carry.stack_top,
        tasks: carry.tasks,
    }
}

fn uncompiler<E: Emit>(c: Compiler<'_, E>) -> Carry {
    Carry {
        scopes: c.scopes,
        consts: c.consts,
        n_temps: c.n_temps,
        id_base: c.id_base,
        module_children: c.module_children.unwrap_or_default(),
        stack_top: c.stack_top,
        tasks: c.tasks,
    }
}

impl<E: Emit> Compiler<'_, E> {
    /// The module's scope pass over one statement, then the whole of every
    /// scope the statement makes.
    fn statement(&mut self, stmt: Pn) -> R {
        self.start_pass(0, Pass::Scope, &[], &[]);
        self.stmt(stmt)?;
        let line = self.line;
        self.emit.end_pass().map_err(|e| emit_error(e, line))?;
        self.compile_scopes_from(1)
    }
}

/// Replaces the statement `stmt` (all of whose nodes were added after
/// `mark`) by a copy without the parts only its child scopes read; returns
/// the copy's root. `None` if out of memory.
fn residue(tree: &mut Tree, stmt: Pn, mark: Mark) -> Option<Pn> {
    let mut scratch = Tree::new();
    let kept = copy(tree, stmt, &mut scratch, true)?;
    tree.truncate(mark);
    copy(&scratch, kept, tree, false)
}

/// Whether child `i` of `parent` is read only by a child scope.
fn scope_only(t: &Tree, parent: Pn, i: usize) -> bool {
    match t.rule(parent) {
        Some(Rule::funcdef) => i == 3,
        Some(Rule::classdef) => i == 2,
        Some(Rule::lambdef | Rule::lambdef_nocond) => i == 1,
        // Later `for`/`if` clauses; the first iterable is the parent's.
        Some(Rule::comp_for) => i == 2,
        // The element of a generator or list comprehension.
        Some(Rule::testlist_comp | Rule::argument) => {
            i == 0 && t.is(t.child(parent, 1), Rule::comp_for)
        }
        _ => false,
    }
}

/// Copies the subtree at `root` of `src` into `dst` (without the parts
/// `scope_only` names, if `prune`), walking with an explicit stack.
fn copy(src: &Tree, root: Pn, dst: &mut Tree, prune: bool) -> Option<Pn> {
    /// A node whose children are being copied; they collect in `out` from `base`.
    struct Open {
        pn: Pn,
        next: usize,
        base: usize,
    }
    let leaf = |pn: Pn, dst: &mut Tree| match src.kind(pn) {
        Kind::Lit(i) => dst.add_lit(src.lit(i).clone()),
        _ => Some(pn),
    };
    if src.rule(root).is_none() {
        return leaf(root, dst);
    }
    let mut open: Vec<Open> = alloc::vec![Open {
        pn: root,
        next: 0,
        base: 0
    }];
    let mut out: Vec<Pn> = Vec::new();
    while let Some(top) = open.last_mut() {
        let pn = top.pn;
        let i = top.next;
        let children = src.children(pn);
        if i < children.len() {
            top.next += 1;
            let c = if prune && scope_only(src, pn, i) {
                Pn::NULL
            } else {
                children[i]
            };
            if src.rule(c).is_some() {
                open.try_reserve(1).ok()?;
                open.push(Open {
                    pn: c,
                    next: 0,
                    base: out.len(),
                });
            } else {
                out.try_reserve(1).ok()?;
                out.push(leaf(c, dst)?);
            }
        } else {
            let base = top.base;
            open.pop();
            let node = dst.add_node(src.rule(pn)?, src.line(pn), &out[base..])?;
            out.truncate(base);
            out.push(node);
        }
    }
    out.pop()
}
