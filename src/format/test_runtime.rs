//! The miniature runtime that the formatting tests drive the engine with,
//! as the real runtime will: values, `repr`, a float formatter following
//! `FloatPlan` (built on Rust's exact `{:e}`/`{:.*e}`/`{:.*}`), `format()`,
//! and the `%` and `str.format` callbacks.

use alloc::borrow::ToOwned;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::Write;

use super::brace::{self, BraceArgs};
use super::error::FmtError;
use super::pad;
use super::percent::{Conversion, PercentArgs};
use super::percent_pad;
use super::plan::{check_str, FloatPlan, IntPlan};
use super::spec::{Kind, Spec};

/// A value of the miniature runtime.
#[derive(Clone, Debug)]
pub(super) enum V {
    Int(i128),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<V>),
    List(Vec<V>),
    Dict(Vec<(V, V)>),
    Obj(Vec<(&'static str, V)>),
}

pub(super) fn s(text: &str) -> V {
    V::Str(text.to_owned())
}

/// A Python exception as "Class: message".
#[derive(Debug, PartialEq)]
pub(super) struct Exc(pub(super) String);

impl From<FmtError<'_>> for Exc {
    fn from(e: FmtError<'_>) -> Self {
        Exc(format!("{:?}: {}", e.kind(), e))
    }
}

pub(super) fn exc(class: &str, message: &str) -> Exc {
    Exc(format!("{class}: {message}"))
}

fn type_name(v: &V) -> &'static str {
    match v {
        V::Int(_) => "int",
        V::Float(_) => "float",
        V::Str(_) => "str",
        V::Bytes(_) => "bytes",
        V::Tuple(_) => "tuple",
        V::List(_) => "list",
        V::Dict(_) => "dict",
        V::Obj(_) => "types.SimpleNamespace",
    }
}

fn same_key(a: &V, b: &V) -> bool {
    match (a, b) {
        (V::Int(x), V::Int(y)) => x == y,
        (V::Str(x), V::Str(y)) => x == y,
        (V::Bytes(x), V::Bytes(y)) => x == y,
        _ => false,
    }
}

fn str_repr(text: &str, ascii: bool) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut r = String::new();
    r.push(quote);
    for c in text.chars() {
        match c {
            '\\' => r.push_str("\\\\"),
            '\n' => r.push_str("\\n"),
            c if c == quote => {
                r.push('\\');
                r.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                r.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if ascii && (c as u32) > 0x7f => {
                let n = c as u32;
                if n <= 0xff {
                    r.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    r.push_str(&format!("\\u{n:04x}"));
                } else {
                    r.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => r.push(c),
        }
    }
    r.push(quote);
    r
}

fn bytes_repr(b: &[u8]) -> String {
    let mut r = String::from("b'");
    for &c in b {
        match c {
            b'\\' | b'\'' => {
                r.push('\\');
                r.push(char::from(c));
            }
            0x20..=0x7e => r.push(char::from(c)),
            _ => r.push_str(&format!("\\x{c:02x}")),
        }
    }
    r.push('\'');
    r
}

fn repr(v: &V, ascii: bool) -> String {
    let join = |items: &[V]| {
        items
            .iter()
            .map(|x| repr(x, ascii))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match v {
        V::Int(n) => n.to_string(),
        V::Float(x) => float_text(*x, &repr_plan()),
        V::Str(t) => str_repr(t, ascii),
        V::Bytes(b) => bytes_repr(b),
        V::Tuple(items) if items.len() == 1 => format!("({},)", repr(&items[0], ascii)),
        V::Tuple(items) => format!("({})", join(items)),
        V::List(items) => format!("[{}]", join(items)),
        V::Dict(pairs) => {
            let inner: Vec<String> = pairs
                .iter()
                .map(|(k, x)| format!("{}: {}", repr(k, ascii), repr(x, ascii)))
                .collect();
            format!("{{{}}}", inner.join(", "))
        }
        V::Obj(attrs) => {
            let inner: Vec<String> = attrs
                .iter()
                .map(|(k, x)| format!("{k}={}", repr(x, ascii)))
                .collect();
            format!("namespace({})", inner.join(", "))
        }
    }
}

fn str_of(v: &V) -> String {
    match v {
        V::Str(t) => t.clone(),
        _ => repr(v, false),
    }
}

fn repr_plan() -> FloatPlan {
    FloatPlan {
        code: 'r',
        precision: 0,
        alternate: false,
        add_dot_0: true,
        no_neg_zero: false,
        percent: false,
    }
}

/// `d.ddde±XX` from Rust's `1.5e3` form.
fn python_exponent(rust: &str, upper: bool) -> String {
    let (mantissa, exp) = rust.split_once('e').unwrap_or((rust, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let sign = if exp < 0 { '-' } else { '+' };
    let e = if upper { 'E' } else { 'e' };
    format!("{mantissa}{e}{sign}{:02}", exp.unsigned_abs())
}

/// The test runtime's float formatter: CPython's `PyOS_double_to_string`
/// for a plan, built on Rust's exact `{:e}` / `{:.*e}` / `{:.*}`.
pub(super) fn float_text(value: f64, plan: &FloatPlan) -> String {
    let x = if plan.percent { value * 100.0 } else { value };
    let upper = plan.code.is_ascii_uppercase();
    if !x.is_finite() {
        let t = if x.is_nan() {
            "nan"
        } else if x < 0.0 {
            "-inf"
        } else {
            "inf"
        };
        return if upper {
            t.to_uppercase()
        } else {
            t.to_owned()
        };
    }
    let p = plan.precision;
    let mut text = match plan.code.to_ascii_lowercase() {
        'e' => {
            let mut t = python_exponent(&format!("{x:.p$e}"), upper);
            if plan.alternate && p == 0 {
                let at = t.find(['e', 'E']).unwrap_or(t.len());
                t.insert(at, '.');
            }
            t
        }
        'f' => {
            let mut t = format!("{x:.p$}");
            if plan.alternate && p == 0 {
                t.push('.');
            }
            t
        }
        'g' => {
            let p = p.max(1);
            let probe = format!("{x:.*e}", p - 1);
            let exp: i32 = probe
                .split_once('e')
                .map_or(0, |(_, e)| e.parse().unwrap_or(0));
            // The no-type form ('g' with add_dot_0) goes scientific one
            // digit earlier.
            let limit = p as i32 - i32::from(plan.add_dot_0);
            let mut t = if -4 <= exp && exp < limit {
                let digits = (p as i32 - 1 - exp) as usize;
                let mut t = format!("{x:.digits$}");
                if plan.alternate && digits == 0 {
                    t.push('.');
                }
                t
            } else {
                python_exponent(&probe, upper)
            };
            if !plan.alternate {
                let at = t.find(['e', 'E']).unwrap_or(t.len());
                let (mantissa, rest) = t.split_at(at);
                let mantissa = if mantissa.contains('.') {
                    mantissa.trim_end_matches('0').trim_end_matches('.')
                } else {
                    mantissa
                };
                t = format!("{mantissa}{rest}");
            }
            t
        }
        _ => {
            // Shortest repr: Python switches to exponent form outside 1e-4..1e16.
            let probe = format!("{x:e}");
            let (mantissa, exp) = probe.split_once('e').unwrap_or((&probe, "0"));
            let exp: i32 = exp.parse().unwrap_or(0);
            let negative = mantissa.starts_with('-');
            let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
            let body = if (-4..16).contains(&exp) {
                let n = digits.len() as i32;
                if exp < 0 {
                    format!("0.{}{digits}", "0".repeat((-exp - 1) as usize))
                } else if exp + 1 >= n {
                    format!("{digits}{}", "0".repeat((exp + 1 - n) as usize))
                } else {
                    let (a, b) = digits.split_at(exp as usize + 1);
                    format!("{a}.{b}")
                }
            } else {
                let (a, b) = digits.split_at(1);
                let m = if b.is_empty() {
                    a.to_owned()
                } else {
                    format!("{a}.{b}")
                };
                python_exponent(&format!("{m}e{exp}"), false)
            };
            format!("{}{body}", if negative { "-" } else { "" })
        }
    };
    if plan.add_dot_0 && !text.contains(['.', 'e', 'E']) {
        text.push_str(".0");
    }
    if plan.no_neg_zero
        && text.starts_with('-')
        && text.bytes().all(|b| !(b'1'..=b'9').contains(&b))
    {
        text.remove(0);
    }
    text
}

fn radix_digits(n: i128, radix: u32, upper: bool) -> String {
    let m = n.unsigned_abs();
    match (radix, upper) {
        (2, _) => format!("{m:b}"),
        (8, _) => format!("{m:o}"),
        (16, false) => format!("{m:x}"),
        (16, true) => format!("{m:X}"),
        _ => format!("{m}"),
    }
}

/// The test runtime's `format(value, spec)`.
pub(super) fn format_value(v: &V, spec_text: &str, out: &mut dyn Write) -> Result<(), Exc> {
    let name = type_name(v);
    match v {
        V::Str(text) => {
            let spec = Spec::parse(spec_text, Kind::Str, name)?;
            check_str(&spec, name)?;
            pad::format_str(text, &spec, out)?;
        }
        V::Int(n) => {
            let spec = Spec::parse(spec_text, Kind::Int, name)?;
            match IntPlan::new(&spec, name)? {
                IntPlan::Radix {
                    radix,
                    upper,
                    prefix,
                } => pad::format_int_digits(
                    *n < 0,
                    &radix_digits(*n, radix, upper),
                    prefix,
                    &spec,
                    out,
                )?,
                IntPlan::Char => {
                    let c = u32::try_from(*n)
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or(FmtError::CharRange)?;
                    pad::format_char(c, &spec, out)?;
                }
                IntPlan::Float(plan) => {
                    pad::format_float_text(&float_text(*n as f64, &plan), plan.percent, &spec, out)?
                }
            }
        }
        V::Float(x) => {
            let spec = Spec::parse(spec_text, Kind::Float, name)?;
            let plan = FloatPlan::new(&spec, name)?;
            pad::format_float_text(&float_text(*x, &plan), plan.percent, &spec, out)?;
        }
        _ => {
            if !spec_text.is_empty() {
                return Err(exc("TypeError", "unsupported format string"));
            }
            out.write_str(&str_of(v)).map_err(FmtError::from)?;
        }
    }
    Ok(())
}

pub(super) fn check(what: &str, got: Result<Vec<u8>, Exc>, want: Result<&[u8], &str>) {
    match (got, want) {
        (Ok(g), Ok(w)) => assert_eq!(
            String::from_utf8_lossy(&g),
            String::from_utf8_lossy(w),
            "{what}"
        ),
        (Err(Exc(g)), Err(w)) => assert_eq!(g, w, "{what}"),
        (g, w) => panic!("{what}: got {g:?}, want {w:?}"),
    }
}

/// The test runtime's `template % operand`.
pub(super) struct Percent {
    pub(super) operand: V,
    pub(super) bytes: bool,
    pub(super) out: Vec<u8>,
}

impl Percent {
    fn text(
        &mut self,
        f: impl FnOnce(&mut String) -> Result<(), FmtError<'static>>,
    ) -> Result<(), Exc> {
        let mut t = String::new();
        f(&mut t)?;
        self.out.extend_from_slice(t.as_bytes());
        Ok(())
    }

    fn number(&mut self, v: &V, conv: &Conversion) -> Result<(), Exc> {
        let code = char::from(conv.code);
        let name = type_name(v);
        match (conv.code, v) {
            (b'd' | b'i' | b'u', V::Int(n)) => {
                let n = *n;
                self.text(|t| percent_pad::write_int(n < 0, &n.unsigned_abs().to_string(), conv, t))
            }
            (b'd' | b'i' | b'u', V::Float(x)) => {
                let n = x.trunc() as i128;
                self.text(|t| percent_pad::write_int(n < 0, &n.unsigned_abs().to_string(), conv, t))
            }
            (b'd' | b'i' | b'u', _) => Err(FmtError::RealNumberRequired {
                code,
                type_name: name,
            }
            .into()),
            (b'o' | b'x' | b'X', V::Int(n)) => {
                let digits = radix_digits(
                    *n,
                    if conv.code == b'o' { 8 } else { 16 },
                    conv.code == b'X',
                );
                let n = *n;
                self.text(|t| percent_pad::write_int(n < 0, &digits, conv, t))
            }
            (b'o' | b'x' | b'X', _) => Err(FmtError::IntegerRequired {
                code,
                type_name: name,
            }
            .into()),
            (_, V::Int(n)) => self.float(*n as f64, conv),
            (_, V::Float(x)) => self.float(*x, conv),
            _ => Err(exc(
                "TypeError",
                &format!("must be real number, not {name}"),
            )),
        }
    }

    fn float(&mut self, x: f64, conv: &Conversion) -> Result<(), Exc> {
        let text = float_text(x, &conv.float_plan());
        let magnitude = text.trim_start_matches('-');
        let negative = x.is_sign_negative() && !x.is_nan();
        self.text(|t| percent_pad::write_float(negative, magnitude, conv, t))
    }

    fn convert_bytes(&mut self, v: &V, conv: &Conversion) -> Result<(), Exc> {
        let body: Vec<u8> = match (conv.code, v) {
            (b's' | b'b', V::Bytes(b)) => b.clone(),
            (b's' | b'b', _) => {
                return Err(FmtError::BytesRequired {
                    type_name: type_name(v),
                }
                .into())
            }
            (b'r' | b'a', _) => repr(v, true).into_bytes(),
            (b'c', V::Int(n)) => alloc::vec![u8::try_from(*n).map_err(|_| FmtError::ByteRange)?],
            (b'c', V::Bytes(b)) if b.len() == 1 => b.clone(),
            (b'c', _) => return Err(FmtError::CRequiresByte.into()),
            _ => return self.number(v, conv),
        };
        let layout = percent_pad::bytes_layout(body.len(), conv);
        self.out.extend(core::iter::repeat_n(b' ', layout.left));
        self.out.extend_from_slice(&body[..layout.keep]);
        self.out.extend(core::iter::repeat_n(b' ', layout.right));
        Ok(())
    }
}

impl PercentArgs for Percent {
    type Value = V;
    type Error = Exc;

    fn tuple_len(&self) -> Option<usize> {
        match &self.operand {
            V::Tuple(items) => Some(items.len()),
            _ => None,
        }
    }
    fn tuple_item(&mut self, index: usize) -> V {
        match &self.operand {
            V::Tuple(items) => items[index].clone(),
            _ => unreachable!(),
        }
    }
    fn whole(&mut self) -> V {
        self.operand.clone()
    }
    fn is_mapping(&self) -> bool {
        matches!(self.operand, V::Dict(_) | V::List(_))
    }
    fn lookup(&mut self, key: &[u8]) -> Result<V, Exc> {
        let key = if self.bytes {
            V::Bytes(key.to_vec())
        } else {
            V::Str(String::from_utf8(key.to_vec()).expect("str keys are UTF-8"))
        };
        match &self.operand {
            V::Dict(pairs) => pairs
                .iter()
                .find(|(k, _)| same_key(k, &key))
                .map(|(_, v)| v.clone())
                .ok_or_else(|| exc("KeyError", &repr(&key, false))),
            _ => Err(exc("TypeError", "not subscriptable by str")),
        }
    }
    fn star(&mut self, value: V) -> Result<Option<isize>, Exc> {
        Ok(match value {
            V::Int(n) => isize::try_from(n).ok(),
            _ => None,
        })
    }
    fn literal(&mut self, text: &[u8]) -> Result<(), Exc> {
        self.out.extend_from_slice(text);
        Ok(())
    }
    fn convert(&mut self, v: V, conv: &Conversion) -> Result<(), Exc> {
        if self.bytes {
            return self.convert_bytes(&v, conv);
        }
        match (conv.code, &v) {
            (b's', _) => self.text(|t| percent_pad::write_text(&str_of(&v), conv, t)),
            (b'r', _) => self.text(|t| percent_pad::write_text(&repr(&v, false), conv, t)),
            (b'a', _) => self.text(|t| percent_pad::write_text(&repr(&v, true), conv, t)),
            (b'c', V::Int(n)) => {
                let c = u32::try_from(*n)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or(FmtError::CharRange)?;
                self.text(|t| percent_pad::write_text(c.encode_utf8(&mut [0; 4]), conv, t))
            }
            (b'c', V::Str(text)) if text.chars().count() == 1 => {
                self.text(|t| percent_pad::write_text(text, conv, t))
            }
            (b'c', _) => Err(FmtError::CRequiresIntOrChar.into()),
            _ => self.number(&v, conv),
        }
    }
}

/// The test runtime's `template.format(*args, **kwargs)`.
pub(super) struct Brace {
    pub(super) args: Vec<V>,
    pub(super) kwargs: Vec<(&'static str, V)>,
    pub(super) map: bool,
}

fn item(v: &V, key: &V) -> Result<V, Exc> {
    match (v, key) {
        (V::List(items) | V::Tuple(items), V::Int(i)) => usize::try_from(*i)
            .ok()
            .and_then(|i| items.get(i).cloned())
            .ok_or_else(|| exc("IndexError", "list index out of range")),
        (V::Dict(pairs), _) => pairs
            .iter()
            .find(|(k, _)| same_key(k, key))
            .map(|(_, x)| x.clone())
            .ok_or_else(|| exc("KeyError", &repr(key, false))),
        _ => Err(exc("TypeError", "not subscriptable")),
    }
}

impl BraceArgs for Brace {
    type Value = V;
    type Error = Exc;

    fn has_positional(&self) -> bool {
        !self.map
    }
    fn positional(&mut self, index: usize) -> Result<Option<V>, Exc> {
        Ok(self.args.get(index).cloned())
    }
    fn keyword(&mut self, name: &str) -> Result<V, Exc> {
        self.kwargs
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| exc("KeyError", &str_repr(name, false)))
    }
    fn attr(&mut self, value: V, name: &str) -> Result<V, Exc> {
        match &value {
            V::Obj(attrs) => attrs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone()),
            _ => None,
        }
        .ok_or_else(|| exc("AttributeError", name))
    }
    fn item_index(&mut self, value: V, index: usize) -> Result<V, Exc> {
        item(&value, &V::Int(index as i128))
    }
    fn item_key(&mut self, value: V, key: &str) -> Result<V, Exc> {
        item(&value, &s(key))
    }
    fn convert(&mut self, value: V, conversion: brace::Conversion) -> Result<V, Exc> {
        Ok(V::Str(match conversion {
            brace::Conversion::Repr => repr(&value, false),
            brace::Conversion::Str => str_of(&value),
            brace::Conversion::Ascii => repr(&value, true),
        }))
    }
    fn render(&mut self, value: V, spec: &str, out: &mut dyn Write) -> Result<(), Exc> {
        format_value(&value, spec, out)
    }
}
