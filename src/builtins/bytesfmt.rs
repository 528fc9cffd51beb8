//! `bytes % args` and `bytearray % args`, with CPython's bytes rules: the
//! template is read byte by byte (`format::percent::format_bytes`), `%s`
//! and `%b` insert the bytes of a buffer (a str is a TypeError), `%r` and
//! `%a` insert `ascii(value)`, `%c` takes an int below 256 or a one-byte
//! buffer. Number conversions reuse str's engine callbacks (their output
//! is ASCII) and are copied over byte for byte.

use super::strfmt::{ascii_repr, Failure, PercentVm};
use super::text;
use crate::format::percent::{self, Conversion, PercentArgs};
use crate::format::ErrorKind;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use mupy_reprs::Repr;

/// `fmt % args` for a bytes or bytearray `fmt`; the result has `fmt`'s type.
pub fn percent<R: Repr>(vm: &mut Vm<R>, fmt: R, args: R) -> PyResult<R> {
    let kind = text::self_text(vm, fmt)?.kind;
    let template = Vec::from(vm.bytes_data(fmt).unwrap_or(&[]));
    let mut p = BytesPercent {
        inner: PercentVm {
            vm,
            operand: args,
            out: String::new(),
        },
        out: Vec::new(),
    };
    match percent::format_bytes(&template, &mut p) {
        Ok(()) => {
            let out = core::mem::take(&mut p.out);
            text::make(p.inner.vm, kind, &out)
        }
        Err(f) => Err(p.inner.vm.raise_failure(f)),
    }
}

struct BytesPercent<'a, R: Repr> {
    inner: PercentVm<'a, R>,
    out: Vec<u8>,
}

impl<R: Repr> BytesPercent<'_, R> {
    /// Appends `data` cut to the precision and padded with spaces to the width.
    fn padded(&mut self, data: &[u8], conv: &Conversion) {
        let data = match conv.precision {
            Some(p) if p < data.len() => &data[..p],
            _ => data,
        };
        let fill = conv.width.unwrap_or(0).saturating_sub(data.len());
        if !conv.flags.left {
            self.out.resize(self.out.len() + fill, b' ');
        }
        self.out.extend_from_slice(data);
        if conv.flags.left {
            self.out.resize(self.out.len() + fill, b' ');
        }
    }

    /// The byte of a `%c` operand.
    fn char_byte(&mut self, v: R) -> Result<u8, Failure> {
        let vm = &mut *self.inner.vm;
        if vm.is_int(v) {
            return match vm.int_of(v).and_then(|i| u8::try_from(i).ok()) {
                Some(b) => Ok(b),
                None => Err(Failure::Fmt(
                    ErrorKind::OverflowError,
                    String::from("%c arg not in range(256)"),
                )),
            };
        }
        match vm.bytes_data(v) {
            Some(&[b]) => Ok(b),
            _ => Err(Failure::Fmt(
                ErrorKind::TypeError,
                String::from("%c requires an integer in range(256) or a single byte"),
            )),
        }
    }
}

impl<R: Repr> PercentArgs for BytesPercent<'_, R> {
    type Value = R;
    type Error = Failure;

    fn tuple_len(&self) -> Option<usize> {
        self.inner.tuple_len()
    }

    fn tuple_item(&mut self, index: usize) -> R {
        self.inner.tuple_item(index)
    }

    fn whole(&mut self) -> R {
        self.inner.operand
    }

    fn is_mapping(&self) -> bool {
        let vm = &*self.inner.vm;
        let v = self.inner.operand;
        // Buffers are sequences, never the mapping of `%(key)`.
        !matches!(
            vm.builtin_type_of(v),
            TypeId::Bytes | TypeId::ByteArray | TypeId::MemoryView
        ) && self.inner.is_mapping()
    }

    fn lookup(&mut self, key: &[u8]) -> Result<R, Failure> {
        let vm = &mut *self.inner.vm;
        let k = vm.new_bytes(key)?;
        Ok(vm.subscr(self.inner.operand, k)?)
    }

    fn star(&mut self, value: R) -> Result<Option<isize>, Failure> {
        self.inner.star(value)
    }

    fn literal(&mut self, text: &[u8]) -> Result<(), Failure> {
        self.out.extend_from_slice(text);
        Ok(())
    }

    fn convert(&mut self, v: R, conv: &Conversion) -> Result<(), Failure> {
        match conv.code {
            b's' | b'b' => {
                let vm = &mut *self.inner.vm;
                let data = match vm.bytes_data(v) {
                    Some(d) => Vec::from(d),
                    None if vm.is_exact(v, TypeId::Array) => Vec::from(vm.array_bytes(v)),
                    None => {
                        let t = vm.type_name(v);
                        return Err(Failure::Fmt(
                            ErrorKind::TypeError,
                            format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{t}'"
                            ),
                        ));
                    }
                };
                self.padded(&data, conv);
                Ok(())
            }
            b'r' | b'a' => {
                let s = ascii_repr(self.inner.vm, v)?;
                self.padded(s.as_bytes(), conv);
                Ok(())
            }
            b'c' => {
                let b = self.char_byte(v)?;
                self.padded(&[b], conv);
                Ok(())
            }
            _ => {
                self.inner.out.clear();
                self.inner.convert(v, conv)?;
                self.out.extend_from_slice(self.inner.out.as_bytes());
                Ok(())
            }
        }
    }
}
