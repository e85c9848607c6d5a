// SPDX-License-Identifier: GPL-3.0-or-later
.pragma library

//! Every enabled Shortcut (and Action with a shortcut) under `root`, by key
//! sequence. Two enabled ones with the same keys make Qt Quick report an
//! "ambiguous shortcut" and neither works: clashes() lists them. Walks items
//! (Item.data holds non-visual children), loaded Loader items and popups.
function collect(root) {
    const byKeys = {}
    const seen = []
    function add(keys, what) {
        if (!keys)
            return
        const k = String(keys)
        if (!byKeys[k])
            byKeys[k] = []
        byKeys[k].push(what)
    }
    function describe(o) {
        let p = o, path = []
        while (p && path.length < 4) {
            if (p.objectName)
                path.push(p.objectName)
            p = p.parent
        }
        return String(o).split("(")[0] + "@" + path.join("<")
    }
    function walk(o) {
        if (!o || typeof o !== "object" || seen.indexOf(o) >= 0)
            return
        seen.push(o)
        if (o.portableText !== undefined && o.context !== undefined && o.sequences !== undefined) {
            if (o.enabled) {
                if (o.portableText)
                    add(o.portableText, describe(o))
                for (let i = 0; i < o.sequences.length; ++i)
                    add(o.sequences[i], describe(o))
            }
        } else if (o.shortcut !== undefined && o.trigger !== undefined && o.checkable !== undefined) {
            if (o.enabled && o.shortcut)
                add(o.shortcut, describe(o))
        }
        const kids = o.data !== undefined ? o.data : o.children
        if (kids)
            for (let i = 0; i < kids.length; ++i)
                walk(kids[i])
        if (o.contentItem !== undefined)
            walk(o.contentItem)
        if (o.action !== undefined)
            walk(o.action)
    }
    walk(root)
    return byKeys
}

//! "Ctrl+F: a, b" for each key sequence bound more than once; empty when none.
function clashes(root) {
    const byKeys = collect(root)
    const out = []
    for (const k in byKeys) {
        if (byKeys[k].length > 1)
            out.push(k + ": " + byKeys[k].join(", "))
    }
    return out
}

function count(root) {
    return Object.keys(collect(root)).length
}
