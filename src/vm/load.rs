//! Loading compiled code: a `mupy_emitters::Module` (code tree plus the
//! module-wide constant table) becomes heap code objects (`objects/code.rs`).
//! Constants become values once, here (strs, bigints, floats, tuples), and
//! every code object of the module shares the constant tuple, as
//! MicroPython's functions share their module context.

use crate::objects::code::{CodeObj, FLAG_ASYNC};
use crate::runtime::heap::{ALLOC_DEFAULT, ALLOC_NO_SCAN};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_emitters::{Const, Module, RawCode};
use mupy_reprs::{Immediate, ObjRef, Repr};

/// The source line of bytecode `offset` (from the first instruction).
pub fn line_for_offset(map: &[u8], offset: usize) -> u32 {
    mupy_emitters::line_map::line_for_offset(map, offset, 1)
}

impl<R: Repr> Vm<R> {
    /// The code object of a compiled module's top level.
    pub fn load_module_code(&mut self, m: &Module) -> PyResult<ObjRef> {
        let consts = self.new_list(&[])?;
        self.roots.pinned[4] = consts;
        let r = self.load_consts(consts, &m.consts).and_then(|_| {
            // `consts` stays pinned while the tuple is allocated.
            let items = alloc::vec::Vec::from(self.list_items(consts));
            let t = self.new_tuple(&items)?;
            self.roots.pinned[5] = t;
            self.load_code(&m.code, t.ptr_ref(), m.source_file)
        });
        self.roots.pinned[4] = R::none();
        self.roots.pinned[5] = R::none();
        r
    }

    fn load_consts(&mut self, out: R, consts: &[Const]) -> PyResult<()> {
        for c in consts {
            let v = self.const_value(c)?;
            self.list_append(out, v)?;
        }
        Ok(())
    }

    /// The value of one constant.
    pub fn const_value(&mut self, c: &Const) -> PyResult<R> {
        Ok(match c {
            Const::None => R::none(),
            Const::False => R::bool(false),
            Const::True => R::bool(true),
            Const::Ellipsis => R::immediate(Immediate::Ellipsis),
            Const::SmallInt(i) => self.new_int(*i)?,
            Const::Int(b) => self.new_bigint(b.negative, &b.magnitude)?,
            Const::Str(s) => self.new_str(s)?,
            Const::Float(f) => self.new_float(*f)?,
            Const::Tuple(items) => {
                let base = self.roots.temps.len();
                for item in items {
                    let v = self.const_value(item);
                    if let Err(e) = v.and_then(|v| self.temps_push(v)) {
                        self.roots.temps.truncate(base);
                        return Err(e);
                    }
                }
                self.temps_to_tuple(base)?
            }
            Const::Bytes(b) => self.new_bytes(b)?,
            Const::Complex { re, im } => self.new_complex(*re, *im)?,
        })
    }

    /// One code object and, recursively, its children.
    fn load_code(&mut self, rc: &RawCode, consts: ObjRef, file: u32) -> PyResult<ObjRef> {
        let Some(p) = rc.prelude() else {
            return Err(self.raise_msg(TypeId::RuntimeError, "malformed bytecode"));
        };
        // Children wait in the traced temporaries: a Rust `Vec` is not
        // scanned by the collector.
        let base = self.roots.temps.len();
        for child in &rc.children {
            let c = self.load_code(child, consts, file);
            if let Err(e) = c.and_then(|c| self.temps_push(R::ptr(c))) {
                self.roots.temps.truncate(base);
                return Err(e);
            }
        }
        let children = self.temps_to_tuple(base)?;
        let arg_names = {
            let n = (p.sig.n_pos_args + p.sig.n_kwonly_args) as usize;
            let mut pos = p.arg_names;
            let mut names = alloc::vec::Vec::with_capacity(n);
            for _ in 0..n {
                let q = mupy_emitters::varint::decode_uint(&rc.bytecode, &mut pos).unwrap_or(0);
                names.push(R::qstr(q));
            }
            self.new_tuple(&names)?
        };
        let bc = self.alloc_raw(rc.bytecode.len().max(1), ALLOC_NO_SCAN)?;
        // SAFETY: `bc` is a fresh block of at least `bytecode.len()` bytes.
        unsafe {
            core::ptr::copy_nonoverlapping(
                rc.bytecode.as_ptr(),
                self.ptr::<u8>(bc),
                rc.bytecode.len(),
            );
        }
        let r = self.alloc_obj(
            TypeId::RawCode.rom_ref(),
            core::mem::size_of::<CodeObj>(),
            ALLOC_DEFAULT,
        )?;
        let is_async = rc.scope_flags & 0x40 != 0;
        // SAFETY: `r` is a fresh code object.
        let c = unsafe { self.obj_mut::<CodeObj>(r) };
        c.bytecode = bc.0;
        c.bc_len = rc.bytecode.len() as u32;
        c.consts = consts.0;
        c.children = children.ptr_ref().0;
        c.arg_names = arg_names.ptr_ref().0;
        c.name = p.simple_name;
        c.file = file;
        c.n_state = p.sig.n_state as u16;
        c.n_exc_stack = p.sig.n_exc_stack as u16;
        c.scope_flags = p.sig.scope_flags as u8 | if is_async { FLAG_ASYNC } else { 0 };
        c.n_pos_args = p.sig.n_pos_args as u8;
        c.n_kwonly_args = p.sig.n_kwonly_args as u8;
        c.n_def_pos_args = p.sig.n_def_pos_args as u8;
        c.line_info = p.line_info as u32;
        c.line_info_end = p.line_info_end as u32;
        c.cells = p.cells as u32;
        c.code_start = p.code as u32;
        Ok(r)
    }
}
