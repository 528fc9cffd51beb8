//! The `json` module: `dumps`/`dump` (here) and `loads`/`load`
//! (`json_parse.rs`), with CPython's output format: `", "` and `": "`
//! separators by default, `separators=`, `indent=` and `sort_keys=`, and
//! `ensure_ascii` escaping (non-ASCII text as `\uXXXX`).
//!
//! Encoding recurses over containers, bounded by [`MAX_DEPTH`] so a
//! self-referencing list raises `ValueError` instead of exhausting the stack.

use super::Module;
use crate::natives;
use crate::qstr::names;
use crate::runtime::natives::area;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;
use mupy_reprs::Repr;

natives! { area::JSON;
    DUMPS dumps(1, 1, kw) => json_dumps;
    DUMP dump(2, 2, kw) => json_dump;
    LOADS loads(1, 1) => super::json_parse::json_loads;
    LOAD load(1, 1) => super::json_parse::json_load;
}

pub static MODULE: Module = Module {
    name: names::json,
    attrs: &[
        (names::dumps, rv(Idx::DUMPS)),
        (names::dump, rv(Idx::DUMP)),
        (names::loads, rv(Idx::LOADS)),
        (names::load, rv(Idx::LOAD)),
    ],
};

/// Container nesting beyond this is taken for a cycle.
const MAX_DEPTH: u32 = 100;

/// The options of one `dumps` call.
struct Options {
    item_sep: String,
    key_sep: String,
    /// `Some(unit)`: pretty-print, one item a line, `unit` per level.
    indent: Option<String>,
    sort_keys: bool,
}

fn options<R: Repr>(vm: &mut Vm<R>, kw: &[R]) -> PyResult<Options> {
    let mut o = Options {
        item_sep: String::from(", "),
        key_sep: String::from(": "),
        indent: None,
        sort_keys: false,
    };
    for p in kw.chunks_exact(2) {
        let (k, v) = (p[0], p[1]);
        if k == R::qstr(names::indent.0) {
            if v.is_none() {
                continue;
            }
            o.indent = Some(if let Some(s) = vm.str_text(v) {
                String::from(s)
            } else {
                let n = vm.index_of(v)?;
                " ".repeat(n.clamp(0, 64) as usize)
            });
            o.item_sep = String::from(",");
        } else if k == R::qstr(names::separators.0) {
            if v.is_none() {
                continue;
            }
            let t = vm.sequence_to_tuple(v)?;
            let items: Vec<R> = vm.tuple_items(t.ptr_ref()).into();
            let texts: Vec<Option<String>> = items
                .iter()
                .map(|&i| vm.str_text(i).map(String::from))
                .collect();
            match texts.as_slice() {
                [Some(a), Some(b)] => {
                    o.item_sep = a.clone();
                    o.key_sep = b.clone();
                }
                _ => return Err(vm.type_error("separators must be a pair of str")),
            }
        } else if k == R::qstr(names::sort_keys.0) {
            o.sort_keys = vm.truthy(v)?;
        }
        // Other CPython options (`ensure_ascii`, `default`, …) are accepted and ignored.
    }
    Ok(o)
}

fn json_dumps<R: Repr>(vm: &mut Vm<R>, args: &[R], kw: &[R]) -> PyResult<R> {
    let o = options(vm, kw)?;
    let mut out = String::new();
    encode(vm, &mut out, args[0], &o, 0)?;
    vm.new_str(&out)
}

fn json_dump<R: Repr>(vm: &mut Vm<R>, args: &[R], kw: &[R]) -> PyResult<R> {
    let s = json_dumps(vm, &args[..1], kw)?;
    vm.call_method(args[1], names::write, &[s])?;
    Ok(R::none())
}

/// A newline and `depth` indentation units, when pretty-printing.
fn newline(out: &mut String, o: &Options, depth: u32) {
    if let Some(unit) = &o.indent {
        out.push('\n');
        for _ in 0..depth {
            out.push_str(unit);
        }
    }
}

fn encode<R: Repr>(
    vm: &mut Vm<R>,
    out: &mut String,
    v: R,
    o: &Options,
    depth: u32,
) -> PyResult<()> {
    if depth > MAX_DEPTH {
        return Err(vm.value_error("Circular reference detected"));
    }
    if v.is_none() {
        out.push_str("null");
        return Ok(());
    }
    if vm.is_bool(v) {
        out.push_str(if vm.truthy(v)? { "true" } else { "false" });
        return Ok(());
    }
    if let Some(s) = vm.str_text(v) {
        write_string(out, s);
        return Ok(());
    }
    if let Some(f) = vm.float_of(v) {
        write_number(vm, out, v, f)?;
        return Ok(());
    }
    if vm.is_int(v) {
        return vm.write_repr(out, v);
    }
    match vm.builtin_type_of(v) {
        TypeId::List | TypeId::Tuple => {
            let n = vm.seq_len(v);
            out.push('[');
            for i in 0..n {
                if i > 0 {
                    out.push_str(&o.item_sep);
                }
                newline(out, o, depth + 1);
                if i >= vm.seq_len(v) {
                    break;
                }
                let item = vm.seq_item(v, i);
                encode(vm, out, item, o, depth + 1)?;
            }
            if n > 0 {
                newline(out, o, depth);
            }
            out.push(']');
            Ok(())
        }
        TypeId::Dict => encode_dict(vm, out, v, o, depth),
        _ => {
            let t = vm.type_name(v);
            Err(crate::raise!(
                vm,
                TypeError,
                "Object of type {} is not JSON serializable",
                t
            ))
        }
    }
}

/// A float as CPython's `json` writes it: its repr, or `NaN`/`Infinity`.
fn write_number<R: Repr>(vm: &mut Vm<R>, out: &mut String, v: R, f: f64) -> PyResult<()> {
    if f.is_nan() {
        out.push_str("NaN");
    } else if f.is_infinite() {
        out.push_str(if f > 0.0 { "Infinity" } else { "-Infinity" });
    } else {
        vm.write_repr(out, v)?;
    }
    Ok(())
}

/// A dict key as text: str keys as they are, numbers and constants
/// converted as CPython does.
fn key_text<R: Repr>(vm: &mut Vm<R>, k: R) -> PyResult<String> {
    if let Some(s) = vm.str_text(k) {
        return Ok(String::from(s));
    }
    let mut s = String::new();
    if k.is_none() {
        s.push_str("null");
    } else if vm.is_bool(k) {
        s.push_str(if vm.truthy(k)? { "true" } else { "false" });
    } else if let Some(f) = vm.float_of(k) {
        write_number(vm, &mut s, k, f)?;
    } else if vm.is_int(k) {
        vm.write_repr(&mut s, k)?;
    } else {
        let t = vm.type_name(k);
        return Err(crate::raise!(
            vm,
            TypeError,
            "keys must be str, int, float, bool or None, not {}",
            t
        ));
    }
    Ok(s)
}

fn encode_dict<R: Repr>(
    vm: &mut Vm<R>,
    out: &mut String,
    d: R,
    o: &Options,
    depth: u32,
) -> PyResult<()> {
    // Entries stay reachable through `d` (an argument, so rooted) while
    // values are encoded.
    let m = vm.dict_map(d);
    let mut entries: Vec<(String, R)> = Vec::new();
    let mut pos = 0;
    while let Some((np, k, v)) = vm.map_next(m, pos) {
        pos = np;
        let key = key_text(vm, k)?;
        entries.push((key, v));
    }
    if o.sort_keys {
        entries.sort_by(|a, b| a.0.cmp(&b.0));
    }
    out.push('{');
    for (i, (k, v)) in entries.iter().enumerate() {
        if i > 0 {
            out.push_str(&o.item_sep);
        }
        newline(out, o, depth + 1);
        write_string(out, k);
        out.push_str(&o.key_sep);
        encode(vm, out, *v, o, depth + 1)?;
    }
    if !entries.is_empty() {
        newline(out, o, depth);
    }
    out.push('}');
    Ok(())
}

/// A JSON string literal, ASCII only (CPython's `ensure_ascii=True`).
fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{:04x}", u);
                }
            }
        }
    }
    out.push('"');
}
