//! `str()` and `repr()` of every value, written into a `String`. User
//! classes' `__str__`/`__repr__` run Python code, so the text is built in
//! Rust memory, never borrowed from the heap across a call.

use crate::qstr::names;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::string::String;
use core::fmt::Write;
use mupy_reprs::{Immediate, Repr};

/// Containers nested deeper than this print as `...` (bounds native recursion).
const MAX_PRINT_DEPTH: u32 = 64;

/// Bytes of room made, fallibly, before each element of a repr is written.
const REPR_RESERVE: usize = 64;

impl<R: Repr> Vm<R> {
    /// Appends `str(v)` to `out`.
    pub fn write_str(&mut self, out: &mut String, v: R) -> PyResult<()> {
        if let Some(s) = self.str_text(v) {
            out.push_str(s);
            return Ok(());
        }
        if self.is_user_instance(v) && self.builtin_type_of(v) == TypeId::Object {
            if let Some(r) = self.call_special(v, names::__str__, &[])? {
                return self.write_text_result(out, r, "__str__");
            }
        }
        if self.builtin_type_of(v).is_exception() && !self.has_user_method(v, names::__str__)? {
            let args = self.exception_args(v);
            let n = self.tuple_items(args.ptr_ref()).len();
            if n == 1 {
                let a = self.tuple_items(args.ptr_ref())[0];
                // A KeyError shows its key as a key, quoted (CPython's rule).
                if self.isinstance_builtin(v, TypeId::KeyError) {
                    return self.write_repr(out, a);
                }
                return self.write_str(out, a);
            }
            if n == 0 {
                return Ok(());
            }
            return self.write_repr(out, args);
        }
        if self.is_user_instance(v) {
            if let Some(r) = self.call_special(v, names::__str__, &[])? {
                return self.write_text_result(out, r, "__str__");
            }
        }
        self.write_repr(out, v)
    }

    fn has_user_method(&mut self, v: R, name: crate::qstr::Qstr) -> PyResult<bool> {
        if !self.is_user_instance(v) {
            return Ok(false);
        }
        let t = self.type_ref_of(v);
        Ok(
            matches!(self.lookup_type_attr(t, name)?, Some(m) if m.is_ptr() && !crate::runtime::rom::is_rom(m.ptr_ref())),
        )
    }

    fn write_text_result(&mut self, out: &mut String, r: R, what: &str) -> PyResult<()> {
        match self.str_text(r) {
            Some(s) => {
                out.push_str(s);
                Ok(())
            }
            None => {
                let t = self.type_name(r);
                Err(crate::raise!(
                    self,
                    TypeError,
                    "{} returned non-string (type {})",
                    what,
                    t
                ))
            }
        }
    }

    /// Appends `repr(v)` to `out`.
    pub fn write_repr(&mut self, out: &mut String, v: R) -> PyResult<()> {
        // A container that holds itself many times over (`l = [l, l]`
        // repeated) has a repr exponentially longer than its size: stop at
        // half the heap, which a str that long could not fit in anyway, and
        // grow the text with fallible reservations, so the scratch memory
        // running out is a MemoryError too.
        if out.len() > self.config.heap_bytes / 2 || out.try_reserve(REPR_RESERVE).is_err() {
            return Err(self.raise_memory_error());
        }
        if self.print_depth >= MAX_PRINT_DEPTH {
            out.push_str("...");
            return Ok(());
        }
        let cycle_mark = if self.is_exact(v, TypeId::List) {
            Some("[...]")
        } else if self.is_exact(v, TypeId::Dict) || self.is_exact(v, TypeId::OrderedDict) {
            Some("{...}")
        } else {
            None
        };
        if let Some(mark) = cycle_mark {
            if self.printing.contains(&v.ptr_ref().0) {
                out.push_str(mark);
                return Ok(());
            }
            self.printing.push(v.ptr_ref().0);
        }
        self.print_depth += 1;
        let r = self.write_repr_inner(out, v);
        self.print_depth -= 1;
        if cycle_mark.is_some() {
            self.printing.pop();
        }
        r
    }

    fn write_repr_inner(&mut self, out: &mut String, v: R) -> PyResult<()> {
        if v.is_small_int() {
            let _ = write!(out, "{}", v.small_int_value());
            return Ok(());
        }
        if let Some(s) = self.str_text(v) {
            write_str_repr(out, s);
            return Ok(());
        }
        if let Some(f) = self.float_of(v) {
            write_float::<R>(out, f);
            return Ok(());
        }
        if let Some(imm) = v.as_immediate() {
            out.push_str(match imm {
                Immediate::None => "None",
                Immediate::True => "True",
                Immediate::False => "False",
                Immediate::Ellipsis => "Ellipsis",
                Immediate::NotImplemented => "NotImplemented",
                Immediate::Null => "<null>",
                Immediate::Sentinel => "<sentinel>",
            });
            return Ok(());
        }
        if self.is_user_instance(v) {
            if let Some(r) = self.call_special(v, names::__repr__, &[])? {
                return self.write_text_result(out, r, "__repr__");
            }
        }
        let ty = self.builtin_type_of(v);
        match ty {
            TypeId::Int => {
                if let Some(i) = self.int_i128(v) {
                    let _ = write!(out, "{}", i);
                } else {
                    crate::builtins::ints::write_bigint(self, out, v);
                }
            }
            TypeId::Tuple => {
                out.push('(');
                let n = self.tuple_items(v.ptr_ref()).len();
                for i in 0..n {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    let x = self.tuple_items(v.ptr_ref())[i];
                    self.write_repr(out, x)?;
                }
                out.push_str(if n == 1 { ",)" } else { ")" });
            }
            TypeId::List => {
                out.push('[');
                let mut i = 0;
                while i < self.list_len(v) {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    let x = self.list_items(v)[i];
                    self.write_repr(out, x)?;
                    i += 1;
                }
                out.push(']');
            }
            TypeId::Dict => {
                // MicroPython's form, `OrderedDict({'a': 1})`.
                let ordered = self.is_exact(v, TypeId::OrderedDict);
                if ordered {
                    out.push_str("OrderedDict(");
                }
                out.push('{');
                let m = self.dict_map(v);
                let (mut p, mut first) = (0, true);
                while let Some((np, k, x)) = self.map_next(m, p) {
                    p = np;
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    self.write_repr(out, k)?;
                    out.push_str(": ");
                    self.write_repr(out, x)?;
                }
                out.push('}');
                if ordered {
                    out.push(')');
                }
            }
            TypeId::Set | TypeId::FrozenSet => {
                let n = self.dict_len(v);
                let frozen = ty == TypeId::FrozenSet;
                if n == 0 {
                    out.push_str(if frozen { "frozenset()" } else { "set()" });
                    return Ok(());
                }
                out.push_str(if frozen { "frozenset({" } else { "{" });
                let m = self.dict_map(v);
                let (mut p, mut first) = (0, true);
                while let Some((np, k, _)) = self.map_next(m, p) {
                    p = np;
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    self.write_repr(out, k)?;
                }
                out.push_str(if frozen { "})" } else { "}" });
            }
            TypeId::Range => {
                let (a, b, c) = self.range_parts(v);
                if c == 1 {
                    let _ = write!(out, "range({}, {})", a, b);
                } else {
                    let _ = write!(out, "range({}, {}, {})", a, b, c);
                }
            }
            TypeId::Slice => {
                let (a, b, c) = self.slice_parts(v);
                out.push_str("slice(");
                self.write_repr(out, a)?;
                out.push_str(", ");
                self.write_repr(out, b)?;
                out.push_str(", ");
                self.write_repr(out, c)?;
                out.push(')');
            }
            TypeId::Type => {
                let n = self.class_name(v.ptr_ref());
                let _ = write!(out, "<class '{}'>", n);
            }
            TypeId::Function => {
                let c = self.function(v.ptr_ref()).code;
                let n = self.qstr_str(crate::qstr::Qstr(self.code(mupy_reprs::ObjRef(c)).name));
                let _ = write!(out, "<function {} at 0x{:x}>", n, v.ptr_ref().0);
            }
            TypeId::Closure => {
                let (f, _) = self.closure_parts(v.ptr_ref());
                self.write_repr(out, R::ptr(f))?;
            }
            TypeId::NativeFunction => {
                let name = crate::runtime::natives::native_name(v.ptr_ref());
                let _ = write!(out, "<built-in function {}>", self.qstr_str(name));
            }
            TypeId::Module => {
                let name = match crate::runtime::rom::decode(v.ptr_ref()) {
                    Some((_, i)) => crate::modules::name(i),
                    // SAFETY: a heap value of type module is a `ModuleObj`.
                    None => crate::qstr::Qstr(
                        unsafe { self.obj::<crate::objects::module::ModuleObj>(v.ptr_ref()) }.name,
                    ),
                };
                let _ = write!(out, "<module '{}'>", self.qstr_str(name));
            }
            TypeId::Complex
            | TypeId::Bytes
            | TypeId::ByteArray
            | TypeId::MemoryView
            | TypeId::DictKeys
            | TypeId::DictValues
            | TypeId::DictItems => crate::builtins::reprs::write_repr_more(self, out, v, ty)?,
            _ if ty.is_exception() => {
                let n = self.type_name(v);
                out.push_str(&n);
                let args = self.exception_args(v);
                if self.tuple_items(args.ptr_ref()).len() == 1 {
                    out.push('(');
                    let a = self.tuple_items(args.ptr_ref())[0];
                    self.write_repr(out, a)?;
                    out.push(')');
                } else {
                    self.write_repr(out, args)?;
                }
            }
            _ => {
                if let Some(r) = crate::builtins::ext::write_repr(self, out, v) {
                    return r;
                }
                let n = self.type_name(v);
                let _ = write!(out, "<{} object at 0x{:x}>", n, v.ptr_ref().0);
            }
        }
        Ok(())
    }

    /// `str(v)` as a new str value.
    pub fn to_str_value(&mut self, v: R) -> PyResult<R> {
        if self.str_text(v).is_some() {
            return Ok(v);
        }
        let mut s = String::new();
        self.write_str(&mut s, v)?;
        self.new_str(&s)
    }

    /// `repr(v)` as a new str value.
    pub fn to_repr_value(&mut self, v: R) -> PyResult<R> {
        let mut s = String::new();
        self.write_repr(&mut s, v)?;
        self.new_str(&s)
    }
}

/// A str's repr: single quotes unless the text has a `'` and no `"`.
pub fn write_str_repr(out: &mut String, s: &str) {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(q);
}

/// Python's float repr: the shortest digits that round-trip, at the
/// representation's own precision (C's 30-bit floats print shorter).
pub fn write_float<R: mupy_reprs::Repr>(out: &mut String, f: f64) {
    let text = if R::FLOAT_SIGNIFICAND_BITS < f64::MANTISSA_DIGITS {
        crate::num::float_fmt::repr_rounded(f, R::round_float)
    } else {
        crate::num::float_fmt::repr(f)
    };
    out.push_str(text.as_str());
}
