//! `repr()` of the builtin types that `runtime/print.rs` leaves to their
//! own files: complex, the byte buffers and the dict views.

use crate::runtime::{PyResult, TypeId, Vm};
use alloc::string::String;
use core::fmt::Write;
use mupy_reprs::Repr;

/// Appends `repr(v)` for a value of builtin type `ty` (one of the above).
pub fn write_repr_more<R: Repr>(
    vm: &mut Vm<R>,
    out: &mut String,
    v: R,
    ty: TypeId,
) -> PyResult<()> {
    match ty {
        TypeId::Complex => {
            let c = vm.complex_of(v).unwrap_or((0.0, 0.0));
            crate::objects::complex::write_complex_repr(out, c);
        }
        TypeId::Bytes => write_bytes_repr(out, vm.bytes_data(v).unwrap_or(&[])),
        TypeId::ByteArray => {
            out.push_str("bytearray(");
            write_bytes_repr(out, vm.bytes_data(v).unwrap_or(&[]));
            out.push(')');
        }
        TypeId::DictKeys | TypeId::DictValues | TypeId::DictItems => {
            out.push_str(match ty {
                TypeId::DictKeys => "dict_keys([",
                TypeId::DictValues => "dict_values([",
                _ => "dict_items([",
            });
            let d = vm.iter_obj(v).a;
            let m = vm.dict_map(d);
            let (mut p, mut first) = (0, true);
            while let Some((np, k, x)) = vm.map_next(m, p) {
                p = np;
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match ty {
                    TypeId::DictKeys => vm.write_repr(out, k)?,
                    TypeId::DictValues => vm.write_repr(out, x)?,
                    _ => {
                        out.push('(');
                        vm.write_repr(out, k)?;
                        out.push_str(", ");
                        vm.write_repr(out, x)?;
                        out.push(')');
                    }
                }
            }
            out.push_str("])");
        }
        _ => {
            let _ = write!(out, "<memory at 0x{:x}>", v.ptr_ref().0);
        }
    }
    Ok(())
}

/// `b'…'`: single quotes unless the bytes hold a `'` and no `"`; printable
/// ASCII as is, `\t \n \r \\` escaped, everything else as `\xNN`.
pub fn write_bytes_repr(out: &mut String, b: &[u8]) {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.push('b');
    out.push(q as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{:02x}", c);
            }
        }
    }
    out.push(q as char);
}
