//! The `.mpy` reader on damaged input: any byte string gives a module or an
//! error, and whatever it accepts disassembles without panicking.

mod support;

use mupy_emitters::emit::{GlobalKind, LocalKind};
use mupy_emitters::{
    disasm, mpy, BinaryOp, BytecodeEmitter, Const, ConstTok, Emit, QstrMode, ScopeInfo,
};
use proptest::prelude::*;

/// A small valid file written by mupy itself: a module defining a function.
fn sample(pool: &support::Pool) -> Vec<u8> {
    let q = |s: &str| pool.intern(s);
    let mut e = BytecodeEmitter::new(QstrMode::Table, q("sample.py"));
    let module = ScopeInfo {
        id: 0,
        simple_name: q("<module>"),
        ..Default::default()
    };
    let args = [q("a")];
    let f = ScopeInfo {
        id: 1,
        simple_name: q("f"),
        n_pos_args: 1,
        n_locals: 1,
        arg_names: &args,
        ..Default::default()
    };
    support::compile_scope(&mut e, &module, &|e| {
        e.set_source_line(1);
        e.make_function(1, 0, 0);
        e.store_global(q("f"), GlobalKind::Name);
        e.load_const_obj(Const::Tuple(vec![
            Const::Float(2.5),
            Const::Str("s".into()),
        ]));
        e.pop_top();
        e.load_const_tok(ConstTok::None);
        e.return_value();
    });
    support::compile_scope(&mut e, &f, &|e| {
        e.set_source_line(2);
        e.load_local(0, 0, LocalKind::Fast);
        e.load_const_small_int(300);
        e.binary_op(BinaryOp::Multiply);
        e.return_value();
    });
    let m = e.into_module(0).unwrap();
    let mut out = Vec::new();
    let texts: Vec<String> = (0..20).map(|i| pool.name(i)).collect();
    mpy::write(
        &m,
        &|i| texts.get(i as usize).map(|s| s.as_str()),
        31,
        &mut out,
    )
    .unwrap();
    out
}

#[test]
fn sample_reads_back() {
    let pool = support::Pool::default();
    let bytes = sample(&pool);
    let m = mpy::read(&bytes, &mut |s| pool.intern(s)).unwrap();
    assert_eq!(m.code.children.len(), 1);
    assert_eq!(m.consts.len(), 1);
    let names: Vec<String> = (0..50).map(|i| pool.name(i)).collect();
    let name = |q: u32| names.get(q as usize).map_or("?", |s| s.as_str());
    let mut text = String::new();
    disasm::disassemble_module(&m, &name, &mut text).unwrap();
    assert!(text.contains("code f(a)"), "{text}");
    assert!(text.contains("LOAD_CONST_SMALL_INT 300"), "{text}");
    assert!(text.contains("BINARY_OP 29 __mul__"), "{text}");
}

proptest! {
    #[test]
    fn damaged_files_are_rejected_or_read(flips in prop::collection::vec((any::<usize>(), any::<u8>()), 1..4), cut in any::<usize>()) {
        let pool = support::Pool::default();
        let mut bytes = sample(&pool);
        for (at, v) in flips {
            let n = bytes.len();
            bytes[at % n] = v;
        }
        let n = bytes.len();
        bytes.truncate(n - cut % (n / 4 + 1));
        if let Ok(m) = mpy::read(&bytes, &mut |s| pool.intern(s)) {
            let mut text = String::new();
            let name = |_q: u32| "q";
            disasm::disassemble_module(&m, &name, &mut text).unwrap();
        }
    }

    #[test]
    fn random_bytes_are_rejected_or_read(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let mut b = bytes;
        if b.len() >= 2 {
            b[0] = b'M';
            b[1] = 6;
        }
        let _ = mpy::read(&b, &mut |_| 0);
    }
}
