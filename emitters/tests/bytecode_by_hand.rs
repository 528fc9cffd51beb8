//! The bytecode emitter against bytes derived by hand from the format
//! (see opcodes.rs, prelude.rs, line_map.rs), and its error paths.

mod support;

use mupy_emitters::emit::LocalKind;
use mupy_emitters::{
    BinaryOp, BytecodeEmitter, ConstTok, Emit, EmitError, Pass, QstrMode, ScopeInfo,
};

fn run(scope: &ScopeInfo<'_>, body: &dyn Fn(&mut BytecodeEmitter)) -> Vec<u8> {
    let mut e = BytecodeEmitter::new(QstrMode::Global, 0);
    support::compile_scope(&mut e, scope, body);
    e.into_module(scope.id).expect("link").code.bytecode.clone()
}

#[test]
fn add_two_arguments() {
    let scope = ScopeInfo {
        id: 0,
        simple_name: 2,
        n_pos_args: 2,
        n_locals: 2,
        arg_names: &[3, 4],
        ..Default::default()
    };
    let bytes = run(&scope, &|e| {
        e.set_source_line(2);
        e.load_local(3, 0, LocalKind::Fast);
        e.load_local(4, 1, LocalKind::Fast);
        e.binary_op(BinaryOp::Add);
        e.return_value();
    });
    #[rustfmt::skip]
    let expect = [
        0x1a,             // signature: S = n_state-1 = 3 (2 locals + 2 stack), A = 2
        0x08,             // sizes: n_info 4, no cells
        0x02, 0x03, 0x04, // name, argument names
        0x20,             // line map: 0 bytes, +1 line (line 2)
        0xb0, 0xb1,       // LOAD_FAST 0, LOAD_FAST 1
        0xd7 + 27,        // BINARY_OP add
        0x63,             // RETURN_VALUE
    ];
    assert_eq!(bytes, expect);
}

#[test]
fn long_forward_jump_takes_two_offset_bytes() {
    let scope = ScopeInfo {
        id: 0,
        simple_name: 5,
        n_pos_args: 1,
        n_locals: 1,
        arg_names: &[6],
        ..Default::default()
    };
    let bytes = run(&scope, &|e| {
        e.load_local(6, 0, LocalKind::Fast);
        e.pop_jump_if(false, 0);
        for _ in 0..100 {
            e.load_local(6, 0, LocalKind::Fast);
            e.pop_top();
        }
        e.label_assign(0);
        e.load_const_tok(ConstTok::None);
        e.return_value();
    });
    // Target 204, next instruction at 4: +200, signed bias 0x4000 -> 0x40c8,
    // written low 7 bits first with bit 7 set, then the high byte.
    let mut expect = vec![0x09, 0x04, 0x05, 0x06, 0xb0, 0x44, 0xc8, 0x81];
    for _ in 0..100 {
        expect.extend_from_slice(&[0xb0, 0x59]);
    }
    expect.extend_from_slice(&[0x51, 0x63]);
    assert_eq!(bytes, expect);
}

#[test]
fn small_ints_use_the_shortest_form() {
    let scope = ScopeInfo {
        id: 0,
        ..Default::default()
    };
    let bytes = run(&scope, &|e| {
        for v in [-16, 47, 48, -17, 1 << 20, -(1 << 40)] {
            e.load_const_small_int(v);
            e.pop_top();
        }
        e.load_const_tok(ConstTok::None);
        e.return_value();
    });
    #[rustfmt::skip]
    let expect = [
        0x70, 0x59,                               // -16: first multi opcode (0x80 + n)
        0xaf, 0x59,                               // 47: last multi opcode
        0x22, 0x30, 0x59,                         // 48: one group, bit 6 clear = positive
        0x22, 0x6f, 0x59,                         // -17: 0x6f, bit 6 set = negative
        0x22, 0x80, 0xc0, 0x80, 0x00, 0x59,       // 2**20: groups 0x40 0 0, 0x00 prepended for the sign
        0x22, 0xe0, 0x80, 0x80, 0x80, 0x80, 0x00, 0x59, // -2**40: groups 0x60 0 0 0 0 0
        0x51, 0x63,
    ];
    let p = mupy_emitters::prelude::Prelude::decode(&bytes).unwrap();
    assert_eq!(&bytes[p.code..], expect);
    // And the decoder reads the values back.
    let values: Vec<i64> = mupy_emitters::instr::iter(&bytes[p.code..])
        .filter_map(|i| match i.unwrap().1.arg {
            mupy_emitters::instr::Arg::Int(v) => Some(v),
            _ => None,
        })
        .collect();
    assert_eq!(values, [-16, 47, 48, -17, 1 << 20, -(1 << 40)]);
}

#[test]
fn dead_code_after_return_is_dropped_until_a_label() {
    let scope = ScopeInfo {
        id: 0,
        ..Default::default()
    };
    let mut e = BytecodeEmitter::new(QstrMode::Global, 0);
    let body = |e: &mut BytecodeEmitter| {
        e.load_const_tok(ConstTok::None);
        e.return_value();
        assert!(e.last_emit_was_return_value());
        e.load_const_tok(ConstTok::True); // unreachable: not written
        e.pop_top();
        e.label_assign(0);
        assert!(!e.last_emit_was_return_value());
        e.load_const_tok(ConstTok::False);
        e.return_value();
    };
    support::compile_scope(&mut e, &scope, &body);
    let code = e.into_module(0).unwrap().code;
    assert_eq!(code.instructions(), [0x51, 0x63, 0x50, 0x63]);
}

fn first_error(body: &dyn Fn(&mut BytecodeEmitter)) -> EmitError {
    let scope = ScopeInfo {
        id: 0,
        ..Default::default()
    };
    let mut e = BytecodeEmitter::new(QstrMode::Global, 0);
    for pass in [
        Pass::StackSize,
        Pass::CodeSize,
        Pass::Emit,
        Pass::Emit,
        Pass::Emit,
    ] {
        e.start_pass(pass, &scope);
        body(&mut e);
        match e.end_pass() {
            Err(err) => return err,
            Ok(true) if pass == Pass::Emit => panic!("no error"),
            Ok(_) => {}
        }
    }
    panic!("no error")
}

#[test]
fn compiler_bugs_become_errors_not_panics() {
    assert_eq!(first_error(&|e| e.pop_top()), EmitError::StackUnderflow);
    assert_eq!(
        first_error(&|e| e.load_const_tok(ConstTok::None)),
        EmitError::StackNotEmpty
    );
    assert_eq!(
        first_error(&|e| {
            e.jump(7);
        }),
        EmitError::BadLabel
    );
    // A forward jump beyond the 15-bit offset.
    assert_eq!(
        first_error(&|e| {
            e.load_const_tok(ConstTok::True);
            e.pop_jump_if(true, 0);
            for _ in 0..10_000 {
                e.load_const_tok(ConstTok::None);
                e.pop_top();
            }
            e.label_assign(0);
        }),
        EmitError::JumpTooLong
    );
    assert_eq!(
        first_error(&|e| {
            e.make_closure(1, 300, 0, 0);
        }),
        EmitError::TooLarge
    );
}

#[test]
fn end_pass_without_start_is_an_error() {
    let mut e = BytecodeEmitter::new(QstrMode::Global, 0);
    assert_eq!(e.end_pass(), Err(EmitError::Protocol));
    assert!(e.into_module(0).is_err());
}

#[test]
fn the_compiler_can_drive_any_back_end_through_dyn_emit() {
    let scope = ScopeInfo {
        id: 0,
        ..Default::default()
    };
    let mut e = BytecodeEmitter::new(QstrMode::Global, 0);
    let body = |e: &mut dyn Emit| {
        e.load_const_tok(ConstTok::None);
        e.return_value();
    };
    for pass in [Pass::Scope, Pass::StackSize, Pass::CodeSize, Pass::Emit] {
        let d: &mut dyn Emit = &mut e;
        d.start_pass(pass, &scope);
        body(d);
        assert_eq!(d.end_pass(), Ok(true));
    }
    assert_eq!(e.into_module(0).unwrap().code.instructions(), [0x51, 0x63]);
}
