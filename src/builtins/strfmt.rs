//! The runtime's side of text formatting: `format(value, spec)` for every
//! builtin type and `__format__`, `str % args` and `str.format(...)` /
//! `str.format_map(m)`, all driving the engine in `crate::format` over VM
//! values.
//!
//! ```text
//! format(v, spec)   user __format__ | str -> check_str | int -> IntPlan |
//!                   float -> FloatPlan -> num::float_fmt | other: str(v) if spec == ''
//! fmt % args        format::percent::format_str  -> PercentVm callbacks
//! fmt.format(...)   format::brace::format         -> BraceVm callbacks
//! ```
//! The engine's errors carry CPython's class and message; a Python exception
//! raised by a callback (a `__format__`, a missing key) travels through the
//! engine as [`Failure::Raised`] and stays pending in the VM.

use crate::format::brace::{self, BraceArgs};
use crate::format::percent::{self, Conversion, PercentArgs};
use crate::format::percent_simple::{self, Simple, SIMPLE_MAX};
use crate::format::plan::{check_str, FloatPlan, IntPlan};
use crate::format::spec::{Kind, Spec};
use crate::format::{pad, percent_pad, ErrorKind, FmtError};
use crate::natives;
use crate::num::float_fmt::{self, FloatKind, FloatSpec};
use crate::qstr::names;
use crate::runtime::natives::{area, VARARGS};
use crate::runtime::{PyResult, Raised, TypeId, Vm};
use alloc::string::{String, ToString};
use core::fmt::Write;
use mupy_reprs::Repr;

natives! { area::STRFMT;
    FORMAT format(1, VARARGS, kw) => str_format;
    FORMAT_MAP format_map(2, 2) => str_format_map;
    OBJECT_FORMAT __format__(2, 2) => object_format;
}

/// A failure inside the engine: a Python exception already pending, or an
/// engine error still to be raised.
pub(super) enum Failure {
    Raised(Raised),
    Fmt(ErrorKind, String),
}

impl From<FmtError<'_>> for Failure {
    fn from(e: FmtError<'_>) -> Self {
        Failure::Fmt(e.kind(), e.to_string())
    }
}

impl From<Raised> for Failure {
    fn from(r: Raised) -> Self {
        Failure::Raised(r)
    }
}

impl<R: Repr> Vm<R> {
    /// Raises what the formatting engine reported.
    pub(super) fn raise_failure(&mut self, f: Failure) -> Raised {
        match f {
            Failure::Raised(r) => r,
            Failure::Fmt(kind, msg) => {
                let ty = match kind {
                    ErrorKind::ValueError => TypeId::ValueError,
                    ErrorKind::TypeError => TypeId::TypeError,
                    ErrorKind::IndexError => TypeId::IndexError,
                    ErrorKind::OverflowError => TypeId::OverflowError,
                    ErrorKind::MemoryError => return self.raise_memory_error(),
                };
                self.raise_msg(ty, &msg)
            }
        }
    }
}

/// `format(v, spec)` as a new str.
pub fn format_to_str<R: Repr>(vm: &mut Vm<R>, v: R, spec: &str) -> PyResult<R> {
    let mut out = String::new();
    if let Err(f) = format_value(vm, v, spec, &mut out) {
        return Err(vm.raise_failure(f));
    }
    vm.new_str(&out)
}

/// Appends `format(v, spec)` to `out`.
fn format_value<R: Repr>(
    vm: &mut Vm<R>,
    v: R,
    spec_text: &str,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    if vm.is_user_instance(v) {
        let t = vm.type_ref_of(v);
        if let Some(m) = vm.lookup_type_attr(t, names::__format__)? {
            if m.is_ptr() && !crate::runtime::rom::is_rom(m.ptr_ref()) {
                let f = vm.bind_descriptor(m, v)?;
                let s = vm.new_str(spec_text)?;
                let r = vm.call(f, &[s], &[])?;
                let Some(text) = vm.str_text(r) else {
                    let n = vm.type_name(r);
                    let msg = alloc::format!("__format__ must return a str, not {n}");
                    return Err(Failure::Fmt(ErrorKind::TypeError, msg));
                };
                out.write_str(text).map_err(FmtError::from)?;
                return Ok(());
            }
        }
    }
    let name = vm.type_name(v);
    if let Some(text) = vm.str_text(v) {
        let text = String::from(text);
        let spec = Spec::parse(spec_text, Kind::Str, &name)?;
        check_str(&spec, &name)?;
        pad::format_str(&text, &spec, out)?;
        return Ok(());
    }
    if vm.is_bool(v) && spec_text.is_empty() {
        let mut s = String::new();
        vm.write_str(&mut s, v)?;
        out.write_str(&s).map_err(FmtError::from)?;
        return Ok(());
    }
    if vm.is_int(v) {
        let spec = Spec::parse(spec_text, Kind::Int, &name)?;
        match IntPlan::new(&spec, &name)? {
            IntPlan::Radix {
                radix,
                upper,
                prefix,
            } => {
                let digits = vm.int_to_text(v, radix, upper);
                let (neg, mag) = match digits.strip_prefix('-') {
                    Some(m) => (true, m),
                    None => (false, digits.as_str()),
                };
                pad::format_int_digits(neg, mag, prefix, &spec, out)?;
            }
            IntPlan::Char => {
                let c = vm
                    .int_of(v)
                    .and_then(|i| u32::try_from(i).ok())
                    .and_then(char::from_u32)
                    .ok_or(FmtError::CharRange)?;
                pad::format_char(c, &spec, out)?;
            }
            IntPlan::Float(plan) => {
                let x = vm.int_to_f64(v)?;
                format_float(x, &plan, &spec, out, None)?;
            }
        }
        return Ok(());
    }
    if let Some(x) = vm.float_of(v) {
        let spec = Spec::parse(spec_text, Kind::Float, &name)?;
        let plan = FloatPlan::new(&spec, &name)?;
        format_float(x, &plan, &spec, out, float_round::<R>())?;
        return Ok(());
    }
    if !spec_text.is_empty() {
        let msg = alloc::format!("unsupported format string passed to {name}.__format__");
        return Err(Failure::Fmt(ErrorKind::TypeError, msg));
    }
    let mut s = String::new();
    vm.write_str(&mut s, v)?;
    out.write_str(&s).map_err(FmtError::from)?;
    Ok(())
}

/// The representation's float rounding, for shortest-repr digits (C's
/// 30-bit floats print at their own precision).
fn float_round<R: Repr>() -> Option<fn(f64) -> f64> {
    (R::FLOAT_SIGNIFICAND_BITS < f64::MANTISSA_DIGITS).then_some(R::round_float as fn(f64) -> f64)
}

/// The magnitude text of `x` for a plan (see `format::plan::FloatPlan`).
fn float_magnitude(x: f64, plan: &FloatPlan, round: Option<fn(f64) -> f64>) -> String {
    let precision = Some(plan.precision);
    let (kind, precision) = match plan.code.to_ascii_lowercase() {
        'r' => (FloatKind::Repr, None),
        'g' if plan.add_dot_0 => (FloatKind::Repr, precision),
        'g' => (FloatKind::General, precision),
        'e' => (FloatKind::Exp, precision),
        _ if plan.percent => (FloatKind::Percent, precision),
        _ => (FloatKind::Fixed, precision),
    };
    let spec = FloatSpec {
        kind,
        precision,
        upper: plan.code.is_ascii_uppercase(),
        alternate: plan.alternate,
        round,
    };
    let mut buf = alloc::vec![0u8; float_fmt::format_len(x, &spec)];
    let n = float_fmt::format(x, &spec, &mut buf).unwrap_or(0);
    buf.truncate(n);
    String::from_utf8(buf).unwrap_or_default()
}

fn format_float(
    x: f64,
    plan: &FloatPlan,
    spec: &Spec,
    out: &mut dyn Write,
    round: Option<fn(f64) -> f64>,
) -> Result<(), FmtError<'static>> {
    let text = float_magnitude(x, plan, round);
    pad::format_float_magnitude(
        float_fmt::is_negative(x),
        &text,
        plan.no_neg_zero,
        spec,
        out,
    )
}

/// `repr(v)` with non-ASCII characters escaped (`ascii()`).
pub(super) fn ascii_repr<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<String> {
    let mut s = String::new();
    vm.write_repr(&mut s, v)?;
    if s.is_ascii() {
        return Ok(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        let n = c as u32;
        let _ = match n {
            0..=0x7f => write!(out, "{c}"),
            0x80..=0xff => write!(out, "\\x{n:02x}"),
            0x100..=0xffff => write!(out, "\\u{n:04x}"),
            _ => write!(out, "\\U{n:08x}"),
        };
    }
    Ok(out)
}

/// `fmt % args` for a str template.
pub fn percent<R: Repr>(vm: &mut Vm<R>, fmt: R, args: R) -> PyResult<R> {
    if let Some(r) = percent_simple(vm, fmt, args) {
        return r;
    }
    let template = String::from(vm.str_text(fmt).unwrap_or(""));
    let mut p = PercentVm {
        vm,
        operand: args,
        out: String::new(),
    };
    match percent::format_str(&template, &mut p) {
        Ok(()) => {
            let out = core::mem::take(&mut p.out);
            p.vm.new_str(&out)
        }
        Err(f) => Err(p.vm.raise_failure(f)),
    }
}

/// `fmt % args` without the engine's temporary strings when the template
/// and arguments are simple (see `format::percent_simple`); `None` otherwise.
fn percent_simple<R: Repr>(vm: &mut Vm<R>, fmt: R, args: R) -> Option<PyResult<R>> {
    const MAX_ARGS: usize = 4;
    let template = vm.str_text(fmt)?.as_bytes();
    let n = percent_simple::count_simple(template)?;
    let one = [args];
    let items: &[R] = if vm.builtin_type_of(args) == TypeId::Tuple {
        vm.tuple_items(args.ptr_ref())
    } else {
        &one
    };
    if items.len() != n || n > MAX_ARGS {
        return None;
    }
    let mut simple = [Simple::Int(0); MAX_ARGS];
    for (s, &v) in simple.iter_mut().zip(items) {
        *s = if v.is_small_int() && v != R::bool(true) && v != R::bool(false) {
            Simple::Int(v.small_int_value())
        } else {
            Simple::Text(vm.str_text(v)?)
        };
    }
    let mut buf = [0u8; SIMPLE_MAX];
    let len = percent_simple::render_simple(template, &simple[..n], &mut buf)?;
    // Whole UTF-8 texts and ASCII digits joined at ASCII boundaries.
    let text = core::str::from_utf8(&buf[..len]).ok()?;
    Some(vm.new_str(text))
}

/// `%`-formatting over VM values.
pub(super) struct PercentVm<'a, R: Repr> {
    pub(super) vm: &'a mut Vm<R>,
    pub(super) operand: R,
    pub(super) out: String,
}

impl<R: Repr> PercentVm<'_, R> {
    fn text(
        &mut self,
        f: impl FnOnce(&mut String) -> Result<(), FmtError<'static>>,
    ) -> Result<(), Failure> {
        f(&mut self.out)?;
        Ok(())
    }

    fn number(&mut self, v: R, conv: &Conversion) -> Result<(), Failure> {
        let code = char::from(conv.code);
        let vm = &mut *self.vm;
        let is_int = vm.is_int(v);
        let float = if is_int { None } else { vm.float_of(v) };
        match conv.code {
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' => {
                let int = if is_int {
                    v
                } else if let (Some(x), b'd' | b'i' | b'u') = (float, conv.code) {
                    vm.int_from_f64(x)?
                } else {
                    let type_name = vm.type_name(v);
                    let msg = if matches!(conv.code, b'd' | b'i' | b'u') {
                        alloc::format!("%{code} format: a real number is required, not {type_name}")
                    } else {
                        alloc::format!("%{code} format: an integer is required, not {type_name}")
                    };
                    return Err(Failure::Fmt(ErrorKind::TypeError, msg));
                };
                let radix = match conv.code {
                    b'o' => 8,
                    b'x' | b'X' => 16,
                    _ => 10,
                };
                let digits = vm.int_to_text(int, radix, conv.code == b'X');
                let (neg, mag) = match digits.strip_prefix('-') {
                    Some(m) => (true, String::from(m)),
                    None => (false, digits),
                };
                self.text(|t| percent_pad::write_int(neg, &mag, conv, t))
            }
            _ => {
                let x = match float {
                    Some(x) => x,
                    None if is_int => vm.int_to_f64(v)?,
                    None => {
                        let n = vm.type_name(v);
                        let msg = alloc::format!("must be real number, not {n}");
                        return Err(Failure::Fmt(ErrorKind::TypeError, msg));
                    }
                };
                let text = float_magnitude(x, &conv.float_plan(), None);
                let negative = float_fmt::is_negative(x);
                self.text(|t| percent_pad::write_float(negative, &text, conv, t))
            }
        }
    }
}

impl<R: Repr> PercentArgs for PercentVm<'_, R> {
    type Value = R;
    type Error = Failure;

    fn tuple_len(&self) -> Option<usize> {
        let v = self.operand;
        (self.vm.builtin_type_of(v) == TypeId::Tuple)
            .then(|| self.vm.tuple_items(v.ptr_ref()).len())
    }

    fn tuple_item(&mut self, index: usize) -> R {
        let v = self.operand;
        self.vm
            .tuple_items(v.ptr_ref())
            .get(index)
            .copied()
            .unwrap_or(R::none())
    }

    fn whole(&mut self) -> R {
        self.operand
    }

    fn is_mapping(&self) -> bool {
        let v = self.operand;
        match self.vm.builtin_type_of(v) {
            TypeId::Tuple | TypeId::Str => false,
            TypeId::Dict | TypeId::List => true,
            _ => self.vm.is_user_instance(v),
        }
    }

    fn lookup(&mut self, key: &[u8]) -> Result<R, Failure> {
        let k = String::from_utf8_lossy(key).into_owned();
        let k = self.vm.new_str(&k)?;
        Ok(self.vm.subscr(self.operand, k)?)
    }

    fn star(&mut self, value: R) -> Result<Option<isize>, Failure> {
        Ok(self.vm.int_of(value).and_then(|i| isize::try_from(i).ok()))
    }

    fn literal(&mut self, text: &[u8]) -> Result<(), Failure> {
        self.out.push_str(&String::from_utf8_lossy(text));
        Ok(())
    }

    fn convert(&mut self, v: R, conv: &Conversion) -> Result<(), Failure> {
        match conv.code {
            b's' | b'r' | b'a' => {
                let mut s = String::new();
                match conv.code {
                    b's' => self.vm.write_str(&mut s, v)?,
                    b'r' => self.vm.write_repr(&mut s, v)?,
                    _ => s = ascii_repr(self.vm, v)?,
                }
                self.text(|t| percent_pad::write_text(&s, conv, t))
            }
            b'c' => {
                let c = if let Some(i) = self.vm.int_of(v) {
                    u32::try_from(i)
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or(FmtError::CharRange)?
                } else {
                    match self.vm.str_text(v) {
                        Some(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
                        _ => return Err(FmtError::CRequiresIntOrChar.into()),
                    }
                };
                self.text(|t| percent_pad::write_text(c.encode_utf8(&mut [0; 4]), conv, t))
            }
            _ => self.number(v, conv),
        }
    }
}

/// `str.format(*args, **kwargs)`.
fn str_format<R: Repr>(vm: &mut Vm<R>, args: &[R], kwargs: &[R]) -> PyResult<R> {
    brace_format(vm, args[0], &args[1..], kwargs, None)
}

/// `str.format_map(mapping)`.
fn str_format_map<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    brace_format(vm, args[0], &[], &[], Some(args[1]))
}

/// `object.__format__(self, spec)`: `str(self)` for an empty spec.
fn object_format<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let Some(spec) = vm.str_text(args[1]).map(String::from) else {
        let t = vm.type_name(args[1]);
        return Err(crate::raise!(
            vm,
            TypeError,
            "__format__() argument must be str, not {}",
            t
        ));
    };
    if !spec.is_empty() {
        let n = vm.type_name(args[0]);
        return Err(crate::raise!(
            vm,
            TypeError,
            "unsupported format string passed to {}.__format__",
            n
        ));
    }
    vm.to_str_value(args[0])
}

fn brace_format<R: Repr>(
    vm: &mut Vm<R>,
    template: R,
    args: &[R],
    kwargs: &[R],
    map: Option<R>,
) -> PyResult<R> {
    let Some(t) = vm.str_text(template).map(String::from) else {
        let n = vm.type_name(template);
        return Err(crate::raise!(
            vm,
            TypeError,
            "descriptor 'format' requires a 'str' object but received a '{}'",
            n
        ));
    };
    let mut b = BraceVm {
        vm,
        args,
        kwargs,
        map,
    };
    let mut out = String::new();
    match brace::format(&t, &mut b, &mut out) {
        Ok(()) => b.vm.new_str(&out),
        Err(f) => Err(b.vm.raise_failure(f)),
    }
}

/// `str.format` over VM values.
struct BraceVm<'a, R: Repr> {
    vm: &'a mut Vm<R>,
    args: &'a [R],
    kwargs: &'a [R],
    map: Option<R>,
}

impl<R: Repr> BraceArgs for BraceVm<'_, R> {
    type Value = R;
    type Error = Failure;

    fn has_positional(&self) -> bool {
        self.map.is_none()
    }

    fn positional(&mut self, index: usize) -> Result<Option<R>, Failure> {
        Ok(self.args.get(index).copied())
    }

    fn keyword(&mut self, name: &str) -> Result<R, Failure> {
        if let Some(m) = self.map {
            let k = self.vm.new_str(name)?;
            return Ok(self.vm.subscr(m, k)?);
        }
        for pair in self.kwargs.chunks_exact(2) {
            if self.vm.str_text(pair[0]) == Some(name) {
                return Ok(pair[1]);
            }
        }
        let k = self.vm.new_str(name)?;
        Err(Failure::Raised(self.vm.raise_key_error(k)))
    }

    fn attr(&mut self, value: R, name: &str) -> Result<R, Failure> {
        let q = self.vm.intern(name)?;
        Ok(self.vm.load_attr(value, q)?)
    }

    fn item_index(&mut self, value: R, index: usize) -> Result<R, Failure> {
        let i = self.vm.new_int(index as i64)?;
        Ok(self.vm.subscr(value, i)?)
    }

    fn item_key(&mut self, value: R, key: &str) -> Result<R, Failure> {
        let k = self.vm.new_str(key)?;
        Ok(self.vm.subscr(value, k)?)
    }

    fn convert(&mut self, value: R, conversion: brace::Conversion) -> Result<R, Failure> {
        let s = match conversion {
            brace::Conversion::Repr => {
                let mut s = String::new();
                self.vm.write_repr(&mut s, value)?;
                s
            }
            brace::Conversion::Str => return Ok(self.vm.to_str_value(value)?),
            brace::Conversion::Ascii => ascii_repr(self.vm, value)?,
        };
        Ok(self.vm.new_str(&s)?)
    }

    fn render(&mut self, value: R, spec: &str, out: &mut dyn Write) -> Result<(), Failure> {
        format_value(self.vm, value, spec, out)
    }
}
