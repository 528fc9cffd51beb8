//! The bytecode back end: [`Emit`] writing MicroPython's v6 bytecode.
//!
//! One emitter serves every scope of a module (the constant table and the
//! `.mpy` qstr table are module-wide). Per scope, each pass writes the same
//! stream; before [`Pass::Emit`] nothing is stored, only counted:
//!
//! ```text
//!  buf (Emit pass):  [ code info: sig | sizes | name | arg names | line map | cells ][ instructions ]
//!                    0                                                    ci_size    ci_size+bc_size
//! ```
//!
//! Sizes and label offsets come from the previous pass. A jump takes 3
//! bytes until offsets are known, then 2 when its target is within reach of
//! one offset byte; offsets computed from a previous pass are upper bounds,
//! so code only shrinks, and the emit pass repeats until its size is stable.
//! Code after an unconditional jump, return or raise is dropped until the
//! next label (`suppress`), as MicroPython does.

use alloc::vec::Vec;

use crate::code::{Const, Module, QstrMode, RawCode};
use crate::emit::*;
use crate::line_map::LineMapWriter;
use crate::opcodes as op;
use crate::ops::{BinaryOp, UnaryOp};
use crate::prelude::{self, Signature};
use crate::varint;

/// Label offset not assigned in this scope.
const UNASSIGNED: u32 = u32::MAX;
/// Emit passes before giving up: code only shrinks, so a few suffice;
/// the bound turns an impossible oscillation into an error, not a hang.
const MAX_EMIT_PASSES: u32 = 16;

/// The bytecode emitter. See the module comment.
pub struct BytecodeEmitter {
    pass: Pass,
    started: bool,
    error: Option<EmitError>,
    jump_overflow: bool,
    suppress: bool,
    last_was_return: bool,
    line_numbers: bool,

    // The scope being compiled.
    scope_id: u32,
    scope_flags: u8,
    generator_seen: bool,
    sig: Signature,
    simple_name: u32,
    stack_size: i32,
    max_stack: u32,
    cells: Vec<u8>,
    children: Vec<u32>,
    label_offsets: Vec<u32>,
    lines: LineMapWriter,
    emit_passes: u32,

    // Where the pass writes (offsets) and how big the previous pass was (sizes).
    ci_offset: usize,
    ci_size: usize,
    bc_offset: usize,
    bc_size: usize,
    n_info_start: usize,
    n_info: usize,
    n_cell: usize,
    buf: Vec<u8>,

    // Module-wide.
    consts: Vec<Const>,
    qstr_mode: QstrMode,
    qstrs: Vec<u32>,
    source_file: u32,
    /// Boxed, so the slots of scopes not finished (or already linked) cost
    /// a word, not a whole `RawCode`.
    finished: Vec<Option<alloc::boxed::Box<RawCode>>>,
}

impl BytecodeEmitter {
    /// An emitter writing `qstr_mode` qstr arguments for a module read from
    /// `source_file` (a qstr id).
    pub fn new(qstr_mode: QstrMode, source_file: u32) -> BytecodeEmitter {
        let mut qstrs = Vec::new();
        if qstr_mode == QstrMode::Table {
            // Table entry 0 is the source file, as mpy-cross writes it.
            qstrs.push(source_file);
        }
        BytecodeEmitter {
            pass: Pass::Scope,
            started: false,
            error: None,
            jump_overflow: false,
            suppress: false,
            last_was_return: false,
            line_numbers: true,
            scope_id: 0,
            scope_flags: 0,
            generator_seen: false,
            sig: Signature::default(),
            simple_name: 0,
            stack_size: 0,
            max_stack: 0,
            cells: Vec::new(),
            children: Vec::new(),
            label_offsets: Vec::new(),
            lines: LineMapWriter::new(),
            emit_passes: 0,
            ci_offset: 0,
            ci_size: 0,
            bc_offset: 0,
            bc_size: 0,
            n_info_start: 0,
            n_info: 0,
            n_cell: 0,
            buf: Vec::new(),
            consts: Vec::new(),
            qstr_mode,
            qstrs,
            source_file,
            finished: Vec::new(),
        }
    }

    /// Whether to record source lines (off for `-O3`, as MicroPython).
    pub fn set_line_numbers(&mut self, enabled: bool) {
        self.line_numbers = enabled;
    }

    /// The finished code of scope `id`, taken out of the emitter (children
    /// not linked). `None` if that scope has not completed its emit pass.
    pub fn take_code(&mut self, id: u32) -> Option<RawCode> {
        self.finished.get_mut(id as usize)?.take().map(|b| *b)
    }

    /// Links the finished scopes into a tree rooted at scope `root` and
    /// returns the module; `Err(Protocol)` if a child is missing or used twice.
    pub fn into_module(mut self, root: u32) -> Result<Module, EmitError> {
        let code = self.link(root)?;
        Ok(Module {
            code,
            consts: self.consts,
            qstr_mode: self.qstr_mode,
            qstrs: self.qstrs,
            source_file: self.source_file,
        })
    }

    /// Builds the tree of code objects below `root` with an explicit stack
    /// (scopes may nest as deep as the source does).
    fn link(&mut self, root: u32) -> Result<RawCode, EmitError> {
        /// A code object whose children are being linked.
        struct Open {
            code: RawCode,
            ids: Vec<u32>,
            next: usize,
            children: Vec<RawCode>,
        }
        fn open(e: &mut BytecodeEmitter, id: u32) -> Result<Open, EmitError> {
            let mut code = e.take_code(id).ok_or(EmitError::Protocol)?;
            let ids = core::mem::take(&mut code.child_scopes);
            Ok(Open {
                children: Vec::with_capacity(ids.len()),
                code,
                ids,
                next: 0,
            })
        }
        let mut stack = alloc::vec![open(self, root)?];
        loop {
            let Some(top) = stack.last_mut() else {
                return Err(EmitError::Protocol);
            };
            if let Some(&id) = top.ids.get(top.next) {
                top.next += 1;
                // A scope is taken once, so a cycle ends in `Protocol`.
                let child = open(self, id)?;
                stack.push(child);
                continue;
            }
            let Some(mut done) = stack.pop() else {
                return Err(EmitError::Protocol);
            };
            done.code.children = done.children;
            match stack.last_mut() {
                Some(parent) => parent.children.push(done.code),
                None => return Ok(done.code),
            }
        }
    }

    fn fail(&mut self, e: EmitError) {
        if self.error.is_none() {
            self.error = Some(e);
        }
    }

    fn use_qstr(&mut self, qst: u32) -> u32 {
        match self.qstr_mode {
            QstrMode::Global => qst,
            QstrMode::Table => match self.qstrs.iter().position(|&q| q == qst) {
                Some(i) => i as u32,
                None => {
                    self.qstrs.push(qst);
                    (self.qstrs.len() - 1) as u32
                }
            },
        }
    }

    fn use_const(&mut self, c: Const) -> u32 {
        match self.consts.iter().position(|k| k.strictly_equal(&c)) {
            Some(i) => i as u32,
            None => {
                self.consts.push(c);
                (self.consts.len() - 1) as u32
            }
        }
    }

    // ---- raw output -------------------------------------------------------

    fn ci_byte(&mut self, b: u8) {
        if self.pass == Pass::Emit {
            // Beyond the previous pass's size only if code grew, which the size check catches.
            if let Some(slot) = self
                .buf
                .get_mut(self.ci_offset)
                .filter(|_| self.ci_offset < self.ci_size)
            {
                *slot = b;
            }
        }
        self.ci_offset += 1;
    }

    fn ci_uint(&mut self, v: u32) {
        for &b in varint::encode_uint(u64::from(v)).as_bytes() {
            self.ci_byte(b);
        }
    }

    fn bc_bytes(&mut self, bytes: &[u8]) {
        if self.suppress {
            return;
        }
        self.last_was_return = false;
        if self.pass == Pass::Emit {
            for (i, &b) in bytes.iter().enumerate() {
                let at = self.bc_offset + i;
                if at < self.bc_size {
                    if let Some(slot) = self.buf.get_mut(self.ci_size + at) {
                        *slot = b;
                    }
                }
            }
        }
        self.bc_offset += bytes.len();
    }

    fn op(&mut self, stack_adj: i32, opcode: u8) {
        self.adjust_stack_size(stack_adj);
        self.bc_bytes(&[opcode]);
    }

    fn op_uint(&mut self, stack_adj: i32, opcode: u8, v: u32) {
        self.adjust_stack_size(stack_adj);
        let e = varint::encode_uint(u64::from(v));
        let mut b = [0u8; 1 + varint::MAX_BYTES];
        b[0] = opcode;
        let n = e.as_bytes().len();
        b[1..=n].copy_from_slice(e.as_bytes());
        self.bc_bytes(&b[..=n]);
    }

    fn op_qstr(&mut self, stack_adj: i32, opcode: u8, qst: u32) {
        let q = self.use_qstr(qst);
        self.op_uint(stack_adj, opcode, q);
    }

    fn op_child(&mut self, stack_adj: i32, opcode: u8, child: u32) {
        let index = self.children.len() as u32;
        self.children.push(child);
        self.op_uint(stack_adj, opcode, index);
    }

    fn op_label(&mut self, stack_adj: i32, opcode: u8, label: Label) {
        self.adjust_stack_size(stack_adj);
        if self.suppress {
            return;
        }
        let mut out = [opcode, 0, 0];
        let mut len = 3;
        if self.pass >= Pass::CodeSize {
            let target = match self.label_offsets.get(label as usize) {
                Some(&t) if t != UNASSIGNED => t,
                _ => {
                    self.fail(EmitError::BadLabel);
                    0
                }
            };
            // Relative to the end of a 2-byte instruction first.
            let rel = i64::from(target) - self.bc_offset as i64 - 2;
            let rel = i32::try_from(rel).unwrap_or(i32::MAX);
            if let Some((bytes, 1)) = varint::encode_offset(opcode, rel, true) {
                out[1] = bytes[0];
                len = 2;
            } else {
                match varint::encode_offset(opcode, rel.saturating_sub(1), false) {
                    Some((bytes, _)) => {
                        out[1] = bytes[0];
                        out[2] = bytes[1];
                    }
                    None => {
                        // Only an error if it persists into the final emit pass.
                        if self.pass == Pass::Emit {
                            self.jump_overflow = true;
                        }
                        out[1] = 0x80;
                    }
                }
            }
        }
        self.bc_bytes(&out[..len]);
    }

    fn start_scope_counters(&mut self, pass: Pass) {
        self.pass = pass;
        self.started = true;
        self.stack_size = 0;
        self.suppress = false;
        self.last_was_return = false;
        self.ci_offset = 0;
        self.bc_offset = 0;
        self.jump_overflow = false;
        self.lines = LineMapWriter::new();
        self.children.clear();
    }
}

impl Emit for BytecodeEmitter {
    fn start_pass(&mut self, pass: Pass, scope: &ScopeInfo<'_>) {
        if pass == Pass::StackSize || pass == Pass::Scope {
            self.max_stack = 0;
            self.generator_seen = false;
            self.emit_passes = 0;
            self.error = None;
        }
        if pass == Pass::StackSize {
            for l in self.label_offsets.iter_mut() {
                *l = UNASSIGNED;
            }
        }
        self.start_scope_counters(pass);
        if pass == Pass::Emit {
            self.emit_passes += 1;
            self.buf.clear();
            self.buf.resize(self.ci_size + self.bc_size, 0);
        }
        self.scope_id = scope.id;
        self.scope_flags = scope.scope_flags
            | if self.generator_seen {
                scope_flags::GENERATOR
            } else {
                0
            };
        self.simple_name = scope.simple_name;
        self.cells.clear();
        self.cells.extend_from_slice(scope.cells);

        // An exception propagating out lands in the top state slot, so keep one.
        let n_state = (u32::from(scope.n_locals) + self.max_stack).max(1);
        self.sig = Signature {
            n_state,
            n_exc_stack: u32::from(scope.exc_stack_size),
            scope_flags: u32::from(self.scope_flags & scope_flags::ALL_SIG),
            n_pos_args: u32::from(scope.n_pos_args),
            n_kwonly_args: u32::from(scope.n_kwonly_args),
            n_def_pos_args: u32::from(scope.n_def_pos_args),
        };
        let sig = self.sig;
        prelude::encode_signature(&sig, |b| self.ci_byte(b));
        if pass >= Pass::CodeSize {
            let (n_info, n_cell) = (self.n_info as u32, self.n_cell as u32);
            prelude::encode_sizes(n_info, n_cell, |b| self.ci_byte(b));
        }
        self.n_info_start = self.ci_offset;
        let name = self.use_qstr(scope.simple_name);
        self.ci_uint(name);
        let n_args = usize::from(scope.n_pos_args) + usize::from(scope.n_kwonly_args);
        if scope.arg_names.len() < n_args && pass > Pass::Scope {
            self.fail(EmitError::Protocol);
        }
        for &a in scope.arg_names.iter().take(n_args) {
            let q = self.use_qstr(a);
            self.ci_uint(q);
        }
    }

    fn end_pass(&mut self) -> Result<bool, EmitError> {
        if !self.started {
            return Err(EmitError::Protocol);
        }
        if self.pass == Pass::Scope {
            return Ok(true);
        }
        if let Some(e) = self.error {
            return Err(e);
        }
        if self.stack_size != 0 {
            return Err(EmitError::StackNotEmpty);
        }
        self.n_info = self.ci_offset - self.n_info_start;
        self.n_cell = self.cells.len();
        for i in 0..self.cells.len() {
            let c = self.cells[i];
            self.ci_byte(c);
        }
        match self.pass {
            Pass::Scope | Pass::StackSize => Ok(true),
            Pass::CodeSize => {
                self.ci_size = self.ci_offset;
                self.bc_size = self.bc_offset;
                Ok(true)
            }
            Pass::Emit => {
                if self.ci_offset != self.ci_size || self.bc_offset != self.bc_size {
                    self.ci_size = self.ci_offset;
                    self.bc_size = self.bc_offset;
                    if self.emit_passes >= MAX_EMIT_PASSES {
                        return Err(EmitError::Protocol);
                    }
                    return Ok(false);
                }
                if self.jump_overflow {
                    return Err(EmitError::JumpTooLong);
                }
                let code = RawCode {
                    bytecode: core::mem::take(&mut self.buf),
                    children: Vec::new(),
                    child_scopes: self.children.clone(),
                    scope_flags: self.scope_flags,
                    n_pos_args: self.sig.n_pos_args as u16,
                    n_kwonly_args: self.sig.n_kwonly_args as u16,
                    n_def_pos_args: self.sig.n_def_pos_args as u16,
                    n_state: u16::try_from(self.sig.n_state).map_err(|_| EmitError::TooLarge)?,
                    n_exc_stack: self.sig.n_exc_stack as u16,
                    simple_name: self.simple_name,
                    code_start: self.ci_size as u32,
                };
                let id = self.scope_id as usize;
                if self.finished.len() <= id {
                    self.finished.resize_with(id + 1, || None);
                }
                self.finished[id] = Some(alloc::boxed::Box::new(code));
                Ok(true)
            }
        }
    }

    fn last_emit_was_return_value(&self) -> bool {
        self.last_was_return
    }

    fn adjust_stack_size(&mut self, delta: i32) {
        if self.pass == Pass::Scope {
            return;
        }
        let s = self.stack_size + delta;
        if s < 0 {
            self.fail(EmitError::StackUnderflow);
            return;
        }
        self.stack_size = s;
        self.max_stack = self.max_stack.max(s as u32);
    }

    fn set_source_line(&mut self, line: u32) {
        if !self.line_numbers {
            return;
        }
        let mut lines = self.lines;
        let offset = self.bc_offset;
        lines.set_line(offset, line, |b| self.ci_byte(b));
        self.lines = lines;
    }

    fn load_local(&mut self, _qst: u32, local_num: u32, kind: LocalKind) {
        if kind == LocalKind::Fast && local_num < u32::from(op::LOAD_FAST_MULTI_NUM) {
            self.op(1, op::LOAD_FAST_MULTI + local_num as u8);
        } else {
            self.op_uint(1, op::LOAD_FAST_N + kind as u8, local_num);
        }
    }

    fn load_global(&mut self, qst: u32, kind: GlobalKind) {
        self.op_qstr(1, op::LOAD_NAME + kind as u8, qst);
    }

    fn store_local(&mut self, _qst: u32, local_num: u32, kind: LocalKind) {
        if kind == LocalKind::Fast && local_num < u32::from(op::STORE_FAST_MULTI_NUM) {
            self.op(-1, op::STORE_FAST_MULTI + local_num as u8);
        } else {
            self.op_uint(-1, op::STORE_FAST_N + kind as u8, local_num);
        }
    }

    fn store_global(&mut self, qst: u32, kind: GlobalKind) {
        self.op_qstr(-1, op::STORE_NAME + kind as u8, qst);
    }

    fn delete_local(&mut self, _qst: u32, local_num: u32, kind: LocalKind) {
        self.op_uint(0, op::DELETE_FAST + kind as u8, local_num);
    }

    fn delete_global(&mut self, qst: u32, kind: GlobalKind) {
        self.op_qstr(0, op::DELETE_NAME + kind as u8, qst);
    }

    fn label_assign(&mut self, label: Label) {
        self.suppress = false;
        self.last_was_return = false;
        if self.pass == Pass::Scope {
            return;
        }
        let l = label as usize;
        if l >= self.label_offsets.len() {
            // Labels are dense per scope; a huge number is a compiler bug, not a reason to allocate.
            if l > 1 << 20 {
                self.fail(EmitError::BadLabel);
                return;
            }
            self.label_offsets.resize(l + 1, UNASSIGNED);
        }
        self.label_offsets[l] = self.bc_offset as u32;
    }

    fn import(&mut self, qst: u32, kind: ImportKind) {
        match kind {
            ImportKind::Star => self.op(-1, op::IMPORT_STAR),
            ImportKind::Name => self.op_qstr(-1, op::IMPORT_NAME, qst),
            ImportKind::From => self.op_qstr(1, op::IMPORT_FROM, qst),
        }
    }

    fn load_const_tok(&mut self, tok: ConstTok) {
        match tok {
            ConstTok::False => self.op(1, op::LOAD_CONST_FALSE),
            ConstTok::None => self.op(1, op::LOAD_CONST_NONE),
            ConstTok::True => self.op(1, op::LOAD_CONST_TRUE),
            ConstTok::Ellipsis => self.load_const_obj(Const::Ellipsis),
        }
    }

    fn load_const_small_int(&mut self, value: i64) {
        let lo = -i64::from(op::LOAD_CONST_SMALL_INT_MULTI_EXCESS);
        let hi = i64::from(op::LOAD_CONST_SMALL_INT_MULTI_NUM) + lo;
        if (lo..hi).contains(&value) {
            self.op(
                1,
                (i64::from(op::LOAD_CONST_SMALL_INT_MULTI) - lo + value) as u8,
            );
        } else {
            self.adjust_stack_size(1);
            let e = varint::encode_sint(value);
            let mut b = [0u8; 1 + varint::MAX_BYTES];
            b[0] = op::LOAD_CONST_SMALL_INT;
            let n = e.as_bytes().len();
            b[1..=n].copy_from_slice(e.as_bytes());
            self.bc_bytes(&b[..=n]);
        }
    }

    fn load_const_str(&mut self, qst: u32) {
        self.op_qstr(1, op::LOAD_CONST_STRING, qst);
    }

    fn load_const_obj(&mut self, value: Const) {
        let i = self.use_const(value);
        self.op_uint(1, op::LOAD_CONST_OBJ, i);
    }

    fn load_null(&mut self) {
        self.op(1, op::LOAD_NULL);
    }

    fn load_method(&mut self, qst: u32, is_super: bool) {
        if is_super {
            self.op_qstr(-1, op::LOAD_SUPER_METHOD, qst);
        } else {
            self.op_qstr(1, op::LOAD_METHOD, qst);
        }
    }

    fn load_build_class(&mut self) {
        self.op(1, op::LOAD_BUILD_CLASS);
    }

    fn subscr(&mut self, kind: AccessKind) {
        match kind {
            AccessKind::Load => self.op(-1, op::LOAD_SUBSCR),
            AccessKind::Store => self.op(-3, op::STORE_SUBSCR),
            AccessKind::Delete => {
                // Storing NULL deletes: ( obj index -- NULL obj index ).
                self.load_null();
                self.rot_three();
                self.op(-3, op::STORE_SUBSCR);
            }
        }
    }

    fn attr(&mut self, qst: u32, kind: AccessKind) {
        match kind {
            AccessKind::Load => self.op_qstr(0, op::LOAD_ATTR, qst),
            AccessKind::Store => self.op_qstr(-2, op::STORE_ATTR, qst),
            AccessKind::Delete => {
                self.load_null();
                self.rot_two();
                self.op_qstr(-2, op::STORE_ATTR, qst);
            }
        }
    }

    fn dup_top(&mut self) {
        self.op(1, op::DUP_TOP);
    }

    fn dup_top_two(&mut self) {
        self.op(2, op::DUP_TOP_TWO);
    }

    fn pop_top(&mut self) {
        self.op(-1, op::POP_TOP);
    }

    fn rot_two(&mut self) {
        self.op(0, op::ROT_TWO);
    }

    fn rot_three(&mut self) {
        self.op(0, op::ROT_THREE);
    }

    fn jump(&mut self, label: Label) {
        self.op_label(0, op::JUMP, label);
        self.suppress = true;
    }

    fn pop_jump_if(&mut self, cond: bool, label: Label) {
        let opcode = if cond {
            op::POP_JUMP_IF_TRUE
        } else {
            op::POP_JUMP_IF_FALSE
        };
        self.op_label(-1, opcode, label);
    }

    fn jump_if_or_pop(&mut self, cond: bool, label: Label) {
        let opcode = if cond {
            op::JUMP_IF_TRUE_OR_POP
        } else {
            op::JUMP_IF_FALSE_OR_POP
        };
        self.op_label(-1, opcode, label);
    }

    fn unwind_jump(&mut self, label: Label, except_depth: u32, from_for: bool) {
        if except_depth == 0 {
            if from_for {
                // Drop the iterator slots; raw bytes, as the stack depth after the jump is the target's.
                for _ in 0..op::ITER_BUF_SLOTS {
                    self.bc_bytes(&[op::POP_TOP]);
                }
            }
            self.op_label(0, op::JUMP, label);
        } else {
            if except_depth > 0x7f {
                self.fail(EmitError::TooLarge);
            }
            self.op_label(0, op::UNWIND_JUMP, label);
            let flag = if from_for { 0x80 } else { 0 };
            self.bc_bytes(&[flag | (except_depth & 0x7f) as u8]);
        }
        self.suppress = true;
    }

    fn setup_block(&mut self, label: Label, kind: BlockKind) {
        // SETUP_WITH pops the manager and pushes __exit__, the manager and the value.
        let adj = if kind == BlockKind::With { 2 } else { 0 };
        self.op_label(adj, op::SETUP_WITH + kind as u8, label);
    }

    fn with_cleanup(&mut self, label: Label) {
        self.load_const_tok(ConstTok::None);
        self.label_assign(label);
        // +2 so there is room to call __exit__; then cancel it and SETUP_WITH's +2.
        self.op(2, op::WITH_CLEANUP);
        self.adjust_stack_size(-4);
    }

    fn async_with_setup_finally(
        &mut self,
        label_aexit_no_exc: Label,
        label_finally_block: Label,
        label_ret_unwind_jump: Label,
        qst_base_exception: u32,
    ) {
        // The body fell through: tell END_FINALLY there is no exception, go call __aexit__.
        self.load_const_tok(ConstTok::None);
        self.rot_two();
        self.jump(label_aexit_no_exc);
        // The finally block, entered by an exception, a return or an unwind jump.
        self.label_assign(label_finally_block);
        self.dup_top();
        self.load_global(qst_base_exception, GlobalKind::Global);
        self.binary_op(BinaryOp::ExceptionMatch);
        self.pop_jump_if(false, label_ret_unwind_jump);
    }

    fn end_finally(&mut self) {
        self.op(-1, op::END_FINALLY);
    }

    fn get_iter(&mut self, use_stack: bool) {
        if use_stack {
            self.op(op::ITER_BUF_SLOTS as i32 - 1, op::GET_ITER_STACK);
        } else {
            self.op(0, op::GET_ITER);
        }
    }

    fn for_iter(&mut self, label: Label) {
        self.op_label(1, op::FOR_ITER, label);
    }

    fn for_iter_end(&mut self) {
        self.adjust_stack_size(-(op::ITER_BUF_SLOTS as i32));
    }

    fn pop_except_jump(&mut self, label: Label, _within_exc_handler: bool) {
        self.op_label(0, op::POP_EXCEPT_JUMP, label);
        self.suppress = true;
    }

    fn unary_op(&mut self, unop: UnaryOp) {
        if (unop as u8) < op::UNARY_OP_MULTI_NUM {
            self.op(0, op::UNARY_OP_MULTI + unop as u8);
        } else {
            self.fail(EmitError::Protocol);
        }
    }

    fn binary_op(&mut self, binop: BinaryOp) {
        let (base, invert) = match binop {
            BinaryOp::NotIn => (BinaryOp::In, true),
            BinaryOp::IsNot => (BinaryOp::Is, true),
            b => (b, false),
        };
        if (base as u8) >= op::BINARY_OP_MULTI_NUM {
            self.fail(EmitError::Protocol);
            return;
        }
        self.op(-1, op::BINARY_OP_MULTI + base as u8);
        if invert {
            self.op(0, op::UNARY_OP_MULTI + UnaryOp::Not as u8);
        }
    }

    fn build(&mut self, n_args: u32, kind: BuildKind) {
        let adj = if kind == BuildKind::Map {
            1
        } else {
            1 - n_args as i32
        };
        self.op_uint(adj, op::BUILD_TUPLE + kind as u8, n_args);
    }

    fn store_map(&mut self) {
        self.op(-2, op::STORE_MAP);
    }

    fn store_comp(&mut self, kind: CompKind, collection_stack_index: u32) {
        // The low 2 bits of the argument give the collection type; a dict item is 2 values.
        let (n, t) = match kind {
            CompKind::List => (0, 0),
            CompKind::Dict => (1, 1),
            CompKind::Set => (0, 2),
        };
        self.op_uint(
            -1 - n as i32,
            op::STORE_COMP,
            (collection_stack_index + n) << 2 | t,
        );
    }

    fn unpack_sequence(&mut self, n_args: u32) {
        self.op_uint(n_args as i32 - 1, op::UNPACK_SEQUENCE, n_args);
    }

    fn unpack_ex(&mut self, n_left: u32, n_right: u32) {
        if n_left > 0xff {
            self.fail(EmitError::TooLarge);
        }
        self.op_uint(
            (n_left + n_right) as i32,
            op::UNPACK_EX,
            n_left | n_right << 8,
        );
    }

    fn make_function(&mut self, child: u32, n_pos_defaults: u32, n_kw_defaults: u32) {
        if n_pos_defaults == 0 && n_kw_defaults == 0 {
            self.op_child(1, op::MAKE_FUNCTION, child);
        } else {
            self.op_child(-1, op::MAKE_FUNCTION_DEFARGS, child);
        }
    }

    fn make_closure(
        &mut self,
        child: u32,
        n_closed_over: u32,
        n_pos_defaults: u32,
        n_kw_defaults: u32,
    ) {
        if n_closed_over > 0xff {
            self.fail(EmitError::TooLarge);
        }
        let n = n_closed_over as i32;
        if n_pos_defaults == 0 && n_kw_defaults == 0 {
            self.op_child(1 - n, op::MAKE_CLOSURE, child);
        } else {
            self.op_child(-1 - n, op::MAKE_CLOSURE_DEFARGS, child);
        }
        self.bc_bytes(&[n_closed_over as u8]);
    }

    fn call_function(&mut self, n_positional: u32, n_keyword: u32, star_flags: u8) {
        call(
            self,
            0,
            op::CALL_FUNCTION,
            n_positional,
            n_keyword,
            star_flags,
        );
    }

    fn call_method(&mut self, n_positional: u32, n_keyword: u32, star_flags: u8) {
        call(
            self,
            -1,
            op::CALL_METHOD,
            n_positional,
            n_keyword,
            star_flags,
        );
    }

    fn return_value(&mut self) {
        self.op(-1, op::RETURN_VALUE);
        self.suppress = true;
        self.last_was_return = true;
    }

    fn raise_varargs(&mut self, n_args: u32) {
        if n_args > 2 {
            self.fail(EmitError::Protocol);
            return;
        }
        self.op(-(n_args as i32), op::RAISE_LAST + n_args as u8);
        self.suppress = true;
    }

    fn yield_op(&mut self, kind: YieldKind) {
        self.op(-(kind as i32), op::YIELD_VALUE + kind as u8);
        self.scope_flags |= scope_flags::GENERATOR;
        self.generator_seen = true;
    }

    fn start_except_handler(&mut self) {
        // The exception instance, plus 3 for a possible UNWIND_JUMP state.
        self.adjust_stack_size(4);
    }

    fn end_except_handler(&mut self) {
        self.adjust_stack_size(-3);
    }
}

/// `CALL_FUNCTION`/`CALL_METHOD` and their `_VAR_KW` forms: positional args
/// one slot each, keyword args two (name, value), plus the star bitmap.
fn call(
    e: &mut BytecodeEmitter,
    base_adj: i32,
    opcode: u8,
    n_positional: u32,
    n_keyword: u32,
    star_flags: u8,
) {
    if n_positional > 0xff || n_keyword > 0xff {
        e.fail(EmitError::TooLarge);
    }
    let consumed = n_positional as i32 + 2 * n_keyword as i32;
    let arg = n_keyword << 8 | n_positional;
    if star_flags != 0 {
        e.op_uint(base_adj - consumed - 1, opcode + 1, arg);
    } else {
        e.op_uint(base_adj - consumed, opcode, arg);
    }
}
