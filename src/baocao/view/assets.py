"""The viewer page's inline stylesheet and script (no network: everything the page needs is here).

Every rule is scoped under ``.bcv`` and the script works inside its own root element, so that
several reports shown in one notebook do not disturb each other or the notebook."""
from __future__ import annotations

__all__ = ["COLORS", "CSS", "SCRIPT"]

#: Record kind -> background colour of its highlight.
COLORS: dict[str, str] = {
    "percentage": "#ffd6a5", "money": "#caffbf", "quantity": "#9bf6ff", "fraction": "#bdb2ff",
    "term": "#ffc6ff", "date": "#fdffb6", "period": "#e9d8a6", "docref": "#d0d0d0",
    "footnote": "#eef3fb",
}

#: The page's stylesheet (kind colours are added per kind).
CSS = """
.bcv{display:grid;grid-template-columns:minmax(0,1fr) minmax(26em,40%);gap:12px;
 font:14px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#222;height:100vh;box-sizing:border-box;padding:8px}
.bcv.nb{height:640px}
.bcv-main{display:flex;flex-direction:column;min-height:0}
.bcv-legend{font-size:12px;padding:4px 0}
.bcv-legend span{padding:1px 5px;border-radius:3px;white-space:nowrap;display:inline-block;margin:1px 0}
.bcv-text{white-space:pre-wrap;overflow:auto;flex:1;min-height:0;padding:8px 12px;border:1px solid #ddd;
 font-family:Georgia,"Noto Serif","DejaVu Serif",serif;font-size:15px}
.bcv-side{display:flex;flex-direction:column;min-height:0;gap:8px}
.bcv-details{border:1px solid #ddd;padding:6px 8px;font-size:12px;max-height:40%;overflow:auto;flex:none}
.bcv-details h4{margin:0 0 4px;font-size:13px}
.bcv-details table,.bcv-ind table{border-collapse:collapse;width:100%}
.bcv-details td{padding:1px 4px;vertical-align:top;border-bottom:1px solid #f0f0f0}
.bcv-details td:first-child{color:#666;white-space:nowrap}
.bcv-ind{overflow:auto;flex:1;min-height:0;border:1px solid #ddd;font-size:11.5px}
.bcv-ind th{position:sticky;top:0;background:#f6f6f6;text-align:left;padding:2px 4px}
.bcv-ind td{padding:2px 4px;border-bottom:1px solid #f0f0f0;vertical-align:top}
.bcv-ind td:nth-child(2){white-space:nowrap}
.bcv-ind tr[data-i]{cursor:pointer}
.bcv-ind tr[data-i]:hover{background:#eef}
.bcv-ind tr.on{background:#dde}
.bcv .r{border-radius:2px;cursor:pointer}
.bcv .r:hover{outline:1px solid #555}
.bcv .k-footnote{display:inline}
.bcv .ed{text-decoration:underline wavy #d00;text-decoration-skip-ink:none;cursor:help}
.bcv .ed.z::after{content:"\\2038";color:#d00}
.bcv a.fa{color:#06c;font-weight:bold;text-decoration:none}
.bcv a.fa:hover{text-decoration:underline}
.bcv .i.on{outline:2px solid #c00;background:rgba(255,0,0,.08)}
.bcv .pin{outline:2px solid #000}
.bcv .fn-target{animation:bcvflash 1.5s}
@keyframes bcvflash{from{background:#ff0}}
"""

#: The page's script; ``%ROOT%`` is replaced by the id of the viewer's root element.
SCRIPT = r"""
(function(root){
 if(!root||root.dataset.ready)return;root.dataset.ready="1";
 var D=JSON.parse(root.querySelector("script.bcv-data").textContent);
 var box=root.querySelector(".bcv-details"),text=root.querySelector(".bcv-text"),pinned=null;
 function joined(sel){var s="";root.querySelectorAll(sel).forEach(function(e){s+=e.textContent});return s}
 function fill(title,obj,txt){
  box.textContent="";var h=document.createElement("h4");h.textContent=title;box.appendChild(h);
  var t=document.createElement("table");
  function row(k,v){var tr=t.insertRow(),a=tr.insertCell(),b=tr.insertCell();a.textContent=k;
   b.textContent=typeof v==="string"?v:JSON.stringify(v)}
  if(txt!==null)row("text",txt);
  Object.keys(obj).forEach(function(k){var v=obj[k];if(k==="section"&&typeof v==="number")v=D.sections[v];row(k,v)});
  box.appendChild(t)}
 function describe(el){
  if(el.dataset.x!==undefined){var x=D.edits[+el.dataset.x];fill("normalizer edit",x,null);return}
  if(el.dataset.r!==undefined){var r=D.records[+el.dataset.r];
   fill(r.kind+" ("+r.rule+")",r,joined('.bcv-text [data-r="'+el.dataset.r+'"]'));return}
  if(el.dataset.i!==undefined){var i=D.indicators[+el.dataset.i];
   fill(i.kind+" ("+i.rule+")",i,joined('.bcv-text [data-i="'+el.dataset.i+'"]'))}}
 var SEL="[data-r],[data-x],[data-i]";
 text.addEventListener("mouseover",function(e){if(pinned)return;var el=e.target.closest(SEL);if(el)describe(el)});
 text.addEventListener("click",function(e){
  if(e.target.closest("a.fa"))return;
  var el=e.target.closest(SEL);if(pinned)pinned.classList.remove("pin");
  if(!el||el===pinned){pinned=null;return}
  pinned=el;el.classList.add("pin");describe(el)});
 root.querySelectorAll("a.fa").forEach(function(a){a.addEventListener("click",function(e){
  e.preventDefault();var t=root.querySelector('[data-fn="'+a.dataset.f+'"]');if(!t)return;
  t.scrollIntoView({block:"center"});t.classList.remove("fn-target");void t.offsetWidth;t.classList.add("fn-target")})});
 var on=[];
 root.querySelector(".bcv-ind").addEventListener("click",function(e){
  var tr=e.target.closest("tr[data-i]");if(!tr)return;
  on.forEach(function(x){x.classList.remove("on")});on=[tr];tr.classList.add("on");
  var els=root.querySelectorAll('.bcv-text [data-i="'+tr.dataset.i+'"]');
  els.forEach(function(x){x.classList.add("on");on.push(x)});
  if(els.length)els[0].scrollIntoView({block:"center"});
  var i=D.indicators[+tr.dataset.i];fill(i.kind+" ("+i.rule+")",i,joined('.bcv-text [data-i="'+tr.dataset.i+'"]'))});
})(document.getElementById("%ROOT%"));
"""
