//! The compiler: parse tree to bytecode, through the `Emit` trait.
//!
//! As in MicroPython, every scope (module, class body, function, lambda,
//! comprehension) is compiled by walking its part of the tree once per pass:
//!
//! 1. `Pass::Scope` over all scopes, parents first: find child scopes and
//!    the names each binds or uses; at the end of each scope decide free
//!    variables and globals (`scope::resolve_uses`). Then number the frame
//!    slots of every scope (`scope::compute_locals`).
//! 2. `Pass::StackSize`, `Pass::CodeSize`, `Pass::Emit` per scope; the emit
//!    pass repeats while the emitter reports that the code shrank.
//!
//! A module from a file goes through this a top-level statement at a time
//! (`stream`), so only one statement's tree is held in full.
//!
//! Expressions, conditions and assignment targets are walked from an
//! explicit work stack (`task`), so their nesting costs no native stack;
//! statements recurse one level per indented block, bounded by the lexer's
//! 100 indentation levels and guarded by `stack`.
//! Children of a scope are met in the same order in every pass, so a
//! counter finds the scope of each `def`/`lambda`/comprehension after the
//! first pass.

mod assign;
mod big_literal;
mod call;
mod comp;
mod cond;
mod display;
mod error;
mod expr;
mod fold;
mod func;
mod scope;
mod stack;
mod stmt;
mod stream;
mod task;

use alloc::vec::Vec;

pub use crate::lex::repl::is_complete;
pub use crate::parse::Mode;
pub use error::{CompileError, ErrorKind};

use crate::parse::{parse, Pn, Tree};
use crate::qstr::{names, Interner, Qstr};
use fold::Folded;
use mupy_emitters::{
    BytecodeEmitter, Emit, EmitError, GlobalKind, Label, LocalKind, Module, Pass, QstrMode,
    ScopeInfo,
};
use scope::{IdKind, Scope, ScopeKind};

/// Functions, lambdas, classes and comprehensions nest at most this deep
/// (as many levels as indentation allows; CPython has no fixed limit, and
/// MicroPython stops at its stack check).
pub const MAX_SCOPE_DEPTH: usize = 100;

/// The run-time parameters of compiling.
#[derive(Copy, Clone, Debug)]
pub struct CompileConfig {
    /// The representation's `SMALL_INT_BITS`: no folded constant becomes a
    /// small int beyond it; larger results become `Const::Int`.
    pub small_int_bits: u32,
    /// MicroPython's `-O` level: 1+ drops `assert`, 3 drops line numbers.
    pub opt_level: u8,
}

impl Default for CompileConfig {
    fn default() -> Self {
        CompileConfig {
            small_int_bits: 31,
            opt_level: 0,
        }
    }
}

/// Compiles `source` into a module whose instructions carry the runtime's
/// qstr ids.
pub fn compile(
    source: &str,
    filename: Qstr,
    mode: Mode,
    cfg: &CompileConfig,
    interner: &mut dyn Interner,
) -> Result<Module, CompileError> {
    compile_module(source, filename, mode, cfg, interner, QstrMode::Global)
}

/// As `compile`, choosing how qstrs are written (`QstrMode::Table` for `.mpy`).
pub fn compile_module(
    source: &str,
    filename: Qstr,
    mode: Mode,
    cfg: &CompileConfig,
    interner: &mut dyn Interner,
    qstr_mode: QstrMode,
) -> Result<Module, CompileError> {
    if mode == Mode::File && qstr_mode == QstrMode::Global {
        return stream::compile_file(source, filename, cfg, interner);
    }
    let tree = parse(source, mode, interner)?;
    let mut emitter = BytecodeEmitter::new(qstr_mode, filename.0);
    if cfg.opt_level >= 3 {
        emitter.set_line_numbers(false);
    }
    let mut c = Compiler {
        tree: &tree,
        interner,
        emit: &mut emitter,
        cfg,
        mode,
        scopes: Vec::new(),
        cur: 0,
        pass: Pass::Scope,
        next_label: 0,
        child_index: 0,
        cur_except_level: 0,
        loop_ctx: None,
        line: 1,
        consts: Vec::new(),
        n_temps: 0,
        id_base: 0,
        module_children: None,
        stack_top: stack::here(),
        tasks: Vec::new(),
    };
    c.run()?;
    // The tree and scope tables go before the code objects are linked, so
    // the two never add up.
    drop(c);
    drop(tree);
    emitter.into_module(0).map_err(|e| emit_error(e, 0))
}

fn emit_error(e: EmitError, line: u32) -> CompileError {
    let msg = match e {
        EmitError::JumpTooLong => "bytecode overflow",
        EmitError::TooLarge => "too many locals or arguments",
        _ => "internal compiler error",
    };
    CompileError::new(ErrorKind::SyntaxError, msg, line, 0)
}

/// Where `break` and `continue` go.
#[derive(Copy, Clone)]
struct LoopCtx {
    brk: Label,
    cont: Label,
    /// A `for` loop keeps its iterator on the stack; `break` drops it.
    from_for: bool,
    except_level: u32,
}

pub(crate) type R = Result<(), CompileError>;

pub(crate) struct Compiler<'a, E: Emit> {
    tree: &'a Tree,
    interner: &'a mut dyn Interner,
    emit: &'a mut E,
    cfg: &'a CompileConfig,
    mode: Mode,
    scopes: Vec<Scope>,
    cur: usize,
    pass: Pass,
    next_label: Label,
    /// Next child of the current scope to be met (passes after the first).
    child_index: usize,
    cur_except_level: u32,
    loop_ctx: Option<LoopCtx>,
    /// Line of the statement being compiled, for errors on leaves.
    line: u32,
    /// `micropython.const()` names at module level and their values.
    consts: Vec<(Qstr, Folded)>,
    /// Hidden locals made so far (async for/with contexts).
    n_temps: u32,
    /// Added to scope indices (but the module's) to give emitter ids.
    id_base: usize,
    /// When compiling a statement at a time: the module's child scopes.
    module_children: Option<Vec<u32>>,
    /// Where the native stack was when compiling began (`stack`).
    stack_top: usize,
    /// The work stack of expressions and targets (`task`).
    tasks: Vec<task::Task>,
}

impl<E: Emit> Compiler<'_, E> {
    fn run(&mut self) -> R {
        self.scopes.push(Scope::new(
            ScopeKind::Module,
            self.tree.root,
            None,
            names::MODULE_NAME,
        ));
        self.compile_scopes_from(0)
    }

    /// Scope passes for scopes `first..` (and the ones they make), then
    /// their slots and code.
    fn compile_scopes_from(&mut self, first: usize) -> R {
        let mut i = first;
        while i < self.scopes.len() {
            self.run_pass(i, Pass::Scope, &[], &[])?;
            scope::resolve_uses(&mut self.scopes, i);
            i += 1;
        }
        self.emit_scopes_from(first)
    }

    /// Numbers the slots of scopes `first..` and emits their code.
    fn emit_scopes_from(&mut self, first: usize) -> R {
        for i in first..self.scopes.len() {
            scope::compute_locals(&mut self.scopes, i);
            let s = &self.scopes[i];
            if s.n_locals > 255 && s.ids.iter().any(|id| id.kind == IdKind::Cell) {
                return Err(self.error_at(s.pn, "too many local variables"));
            }
        }
        let (mut arg_names, mut cells) = (Vec::new(), Vec::new());
        for i in first..self.scopes.len() {
            scope::prelude_names(&self.scopes[i], &mut arg_names, &mut cells);
            for pass in [Pass::StackSize, Pass::CodeSize, Pass::Emit] {
                while !self.run_pass(i, pass, &arg_names, &cells)? {}
            }
            // Read after this only by nobody: the children's slots are
            // numbered, and the parent (which reads a child's free names when
            // it makes the closure) was emitted before.
            self.scopes[i].ids = Vec::new();
        }
        Ok(())
    }

    /// One pass over scope `i`; false if the emitter wants the pass again.
    fn run_pass(
        &mut self,
        i: usize,
        pass: Pass,
        arg_names: &[u32],
        cells: &[u8],
    ) -> Result<bool, CompileError> {
        self.start_pass(i, pass, arg_names, cells);
        self.compile_scope()?;
        let line = self.line;
        self.emit.end_pass().map_err(|e| emit_error(e, line))
    }

    fn start_pass(&mut self, i: usize, pass: Pass, arg_names: &[u32], cells: &[u8]) {
        self.cur = i;
        self.pass = pass;
        self.next_label = 0;
        self.child_index = 0;
        self.cur_except_level = 0;
        self.loop_ctx = None;
        let id = self.emit_id(i);
        let s = &self.scopes[i];
        self.line = self.tree.line(s.pn).max(1);
        let info = ScopeInfo {
            id,
            simple_name: s.simple_name.0,
            scope_flags: s.flags,
            n_pos_args: s.n_pos_args,
            n_kwonly_args: s.n_kwonly_args,
            n_def_pos_args: s.n_def_pos_args,
            n_locals: s.n_locals,
            exc_stack_size: s.exc_stack_size,
            arg_names,
            cells,
        };
        self.emit.start_pass(pass, &info);
    }

    /// The emitter's id of scope `i`: its index, offset past the scopes of
    /// statements already compiled when compiling a statement at a time.
    fn emit_id(&self, i: usize) -> u32 {
        if i == 0 {
            0
        } else {
            (self.id_base + i) as u32
        }
    }

    fn scope(&self) -> &Scope {
        &self.scopes[self.cur]
    }

    fn scope_mut(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn new_label(&mut self) -> Label {
        self.next_label += 1;
        self.next_label - 1
    }

    /// Refuses to go deeper once the walk has used its stack budget.
    pub(crate) fn check_stack(&self, pn: Pn) -> R {
        if stack::exhausted(self.stack_top) {
            return Err(self.error_at(pn, "expression nested too deeply"));
        }
        Ok(())
    }

    pub(crate) fn error_at(&self, pn: Pn, msg: &str) -> CompileError {
        let line = match self.tree.line(pn) {
            0 => self.line,
            l => l,
        };
        CompileError::syntax(msg, line, 0)
    }

    fn intern(&mut self, s: &str) -> Result<Qstr, CompileError> {
        self.interner
            .intern(s)
            .map_err(|e| CompileError::from_qstr(e, self.line))
    }

    /// The next child scope of the current one: created in the scope pass,
    /// looked up in the order met afterwards. Scopes nest at most
    /// `MAX_SCOPE_DEPTH` deep, so what walks the tree of code objects
    /// recursively (dropping, loading, disassembling, writing `.mpy`) goes a
    /// constant depth, not the input's.
    fn child_scope(&mut self, kind: ScopeKind, pn: Pn, name: Qstr) -> Result<usize, CompileError> {
        if self.pass == Pass::Scope && self.scope_depth() > MAX_SCOPE_DEPTH {
            return Err(self.error_at(pn, "too many nested functions"));
        }
        Ok(self.new_child_scope(kind, pn, name))
    }

    /// How many scopes enclose the current one's children, the module's
    /// included.
    fn scope_depth(&self) -> usize {
        let mut depth = 0;
        let mut s = Some(self.cur);
        while let Some(i) = s {
            depth += 1;
            s = self.scopes[i].parent;
        }
        depth
    }

    fn new_child_scope(&mut self, kind: ScopeKind, pn: Pn, name: Qstr) -> usize {
        if self.cur == 0 {
            if let Some(list) = &mut self.module_children {
                // A statement at a time: the module's children are spread
                // over the statements, so listed; the list holds emitter ids,
                // which are scope indices again once `id_base` is 0.
                if self.pass == Pass::Scope {
                    let id = self.scopes.len();
                    list.push((self.id_base + id) as u32);
                    self.scopes.push(Scope::new(kind, pn, Some(0), name));
                    return id;
                }
                let id = list.get(self.child_index).copied().unwrap_or(0);
                self.child_index += 1;
                return id as usize;
            }
        }
        if self.pass == Pass::Scope {
            let id = self.scopes.len();
            self.scopes.push(Scope::new(kind, pn, Some(self.cur), name));
            let s = self.scope_mut();
            if s.n_children == 0 {
                s.first_child = id as u32;
            }
            s.n_children += 1;
            id
        } else {
            let s = self.scope();
            let id = if (self.child_index as u32) < s.n_children {
                (s.first_child + self.child_index as u32) as usize
            } else {
                0
            };
            self.child_index += 1;
            id
        }
    }

    fn increase_except_level(&mut self, label: Label, kind: mupy_emitters::BlockKind) {
        self.emit.setup_block(label, kind);
        self.cur_except_level += 1;
        let level = self.cur_except_level as u16;
        let s = self.scope_mut();
        if level > s.exc_stack_size {
            s.exc_stack_size = level;
        }
    }

    fn decrease_except_level(&mut self) {
        self.cur_except_level -= 1;
    }

    // ---- names ------------------------------------------------------------

    pub(crate) fn load_id(&mut self, q: Qstr) -> R {
        if self.pass == Pass::Scope {
            self.scope_mut().find_or_add(q, IdKind::Undecided);
        }
        self.id_op(q, 0);
        Ok(())
    }

    pub(crate) fn store_id(&mut self, q: Qstr) -> R {
        if self.pass == Pass::Scope {
            self.declare_store(q);
        }
        self.id_op(q, 1);
        Ok(())
    }

    pub(crate) fn delete_id(&mut self, q: Qstr) -> R {
        if self.pass == Pass::Scope {
            self.declare_store(q);
        }
        self.id_op(q, 2);
        Ok(())
    }

    fn declare_store(&mut self, q: Qstr) {
        let s = self.scope_mut();
        let (i, _) = s.find_or_add(q, IdKind::Local);
        if matches!(s.ids[i].kind, IdKind::Undecided | IdKind::GlobalImplicit) {
            s.ids[i].kind = IdKind::Local;
        }
    }

    /// `op`: 0 load, 1 store, 2 delete. Nothing in the scope pass, where
    /// kinds are undecided (and, as in MicroPython, the `.mpy` qstr table
    /// must not meet names before the other qstrs of that pass).
    fn id_op(&mut self, q: Qstr, op: u8) {
        if self.pass == Pass::Scope {
            return;
        }
        let s = &self.scopes[self.cur];
        let func_like = s.kind.is_func_like();
        let (kind, num) = s.get(q).map_or((IdKind::GlobalImplicit, 0), |id| {
            (id.kind, id.local_num as u32)
        });
        let local = match kind {
            IdKind::Local if func_like => Some(LocalKind::Fast),
            IdKind::Cell | IdKind::Free => Some(LocalKind::Deref),
            _ => None,
        };
        let global = if kind == IdKind::GlobalExplicit || (func_like && local.is_none()) {
            GlobalKind::Global
        } else {
            GlobalKind::Name
        };
        match (local, op) {
            (Some(k), 0) => self.emit.load_local(q.0, num, k),
            (Some(k), 1) => self.emit.store_local(q.0, num, k),
            (Some(k), _) => self.emit.delete_local(q.0, num, k),
            (None, 0) => self.emit.load_global(q.0, global),
            (None, 1) => self.emit.store_global(q.0, global),
            (None, _) => self.emit.delete_global(q.0, global),
        }
    }
}

#[cfg(test)]
mod tests;
