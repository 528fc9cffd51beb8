//! Prints `mpy-cross`'s bytecode for a source given in MPY_SRC (a debugging
//! aid; passes trivially when the variable is unset).

mod support;

use mupy_emitters::{disasm, mpy};

#[test]
fn dump() {
    let Ok(src) = std::env::var("MPY_SRC") else {
        return;
    };
    let pool = support::Pool::default();
    let Some(bytes) = support::mpy_cross("dump", &src) else {
        return;
    };
    let m = mpy::read(&bytes, &mut |s| pool.intern(s)).expect("read");
    let names: Vec<String> = (0..1000).map(|i| pool.name(i)).collect();
    let name = |q: u32| names.get(q as usize).map_or("<?>", |s| s.as_str());
    let mut out = String::new();
    disasm::disassemble_module(&m, &name, &mut out).unwrap();
    println!(
        "qstr table: {:?}",
        m.qstrs.iter().map(|&q| pool.name(q)).collect::<Vec<_>>()
    );
    println!("consts: {:?}", m.consts);
    println!("{out}");
    let mut hex = String::new();
    fn walk(c: &mupy_emitters::RawCode, hex: &mut String) {
        hex.push_str(&format!("{:02x?}\n", c.bytecode));
        for k in &c.children {
            walk(k, hex);
        }
    }
    walk(&m.code, &mut hex);
    println!("{hex}");
}

/// Figures for the files listed in MPY_FIGURES (paths, `:`-separated), as
/// compiled by mpy-cross: line-map bytes per recorded source line, and how
/// the bytes of a code object split between prelude, line map and code.
#[test]
fn figures() {
    let Ok(list) = std::env::var("MPY_FIGURES") else {
        return;
    };
    let (mut map_bytes, mut lines, mut prelude, mut code_bytes, mut objects) = (0, 0, 0, 0, 0);
    for path in list.split(':') {
        let Ok(src) = std::fs::read_to_string(path) else {
            continue;
        };
        let Some(bytes) = support::mpy_cross("figures", &src) else {
            return;
        };
        let pool = support::Pool::default();
        let Ok(m) = mpy::read(&bytes, &mut |s| pool.intern(s)) else {
            continue;
        };
        let mut stack = vec![&m.code];
        while let Some(c) = stack.pop() {
            let p = c.prelude().unwrap();
            let map = &c.bytecode[p.line_info..p.line_info_end];
            let mut pos = 0;
            while let Some((_, l)) = mupy_emitters::line_map::decode_step(map, &mut pos) {
                if l > 0 {
                    lines += 1;
                }
            }
            map_bytes += map.len();
            prelude += p.code - map.len();
            code_bytes += c.bytecode.len() - p.code;
            objects += 1;
            stack.extend(c.children.iter());
        }
    }
    println!(
        "code objects {objects}: line map {map_bytes} bytes for {lines} line steps = {:.3} bytes/line; prelude (w/o map) {prelude} bytes; instructions {code_bytes} bytes",
        map_bytes as f64 / lines.max(1) as f64
    );
}
