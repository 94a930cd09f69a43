var W,nn,Mo,$e,St,ut,rn,at,on,Tt,wt,an,Ge=Symbol.for("pv"),pt={},ct=[],Eo=/^m(i|n|o|s|text|space)$/,Nt=Array.isArray,sn=ct.slice,Ne=Object.assign;function Te(t){t&&t.parentNode&&t.remove()}function st(t,n,r,o,i){var d={type:t,props:n,key:r,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Ge,__v:i||++nn,__i:-1,__u:0};return!i&&W.vnode&&W.vnode(d),d}function T(t){return t.children}function dt(t,n){this.props=t,this.context=n,this.__g=0}function Pe(t,n){if(n==null)return t.__&&Pe(t.__,t.__i+1);for(var r;n<t.__k.length;n++)if((r=t.__k[n])&&r.__e)return r.__e;return typeof t.type!="function"||t.props.__P?null:Pe(t)}function Ro(t){var n,r=t.__v,o=r.__e,i=[],d=[],l=t.__P;l&&((n=Ne({constructor:Ge},r)).__v=r.__v+1,W.vnode&&W.vnode(n),_t(l,n,r,t.__n,l.namespaceURI,32&r.__u?[o]:null,i,o||Pe(r),32&r.__u,d),n.__v=r.__v,n.__.__k[n.__i]=n,mn(i,n,d),r.__=r.__e=null,n.__e!=o&&dn(n))}function dn(t){if((t=t.__)&&t.__c&&!t.props.__P)return t.__e=null,t.__k.some(function(n){return n&&(t.__e=n.__e)}),dn(t)}function xt(t){(8&t.__g||(t.__g|=8,$e.push(t),ut++))&&St==W.debounceRendering||((St=W.debounceRendering)||queueMicrotask)(ln)}function ln(){try{for(var t,n=1;$e.length;)$e.length>n&&$e.sort(rn),t=$e.shift(),n=$e.length,8&t.__g&&Ro(t)}finally{(ut=$e.length)&&(St||queueMicrotask)(ln)}}function un(t,n,r,o,i,d,l,a,f,m,p){var v,h,u,P,C,A,q=o.__k||ct,M=n.length;for(f=Oo(r,n,q,f,M),v=0;v<M;v++)(u=r.__k[v])!=null&&(h=~u.__i&&q[u.__i]||pt,u.__i=v,A=_t(t,u,h,i,d,l,a,f,m,p),P=u.__e,(h.ref!=u.ref||8&h.__u)&&(h.ref&&Mt(h.ref,null,u,h),u.ref&&p.push(u.ref,u.__c||P,u)),C=C||P,4&u.__u?(f=pn(u,f,t,!h.__v),h.__e&&(h.__e=null)):typeof u.type=="function"&&A!==void 0?f=A:P&&(f=P.nextSibling),u.__u&=-21);return r.__e=C,f}function Oo(t,n,r,o,i){var d,l,a,f,m,p,v,h,u,P=r.length,C=P,A=0,q=0,M=t.__k=Array(i);for(d=0;d<i;d++)(l=n[d])!=null&&typeof l!="boolean"&&typeof l!="function"?(typeof l!="object"||l.constructor===String?l=M[d]=st(null,l):Nt(l)?l=M[d]=st(T,{children:l}):l.constructor===Ge&&l.__b?l=M[d]=st(l.type,l.props,l.key,l.ref,l.__v):M[d]=l,f=d+A,l.__=t,l.__b=t.__b+1,a=null,~(m=l.__i=qo(l,r,f,C))&&(C--,(a=r[m])&&(a.__u|=2)),a&&a.__v?(l.__u|=16,m==f-1?A--:m==f+1?A++:m!=f&&(m>f?A--:A++,q=1)):(~m||(i>P?A--:i<P&&A++),typeof l.type!="function"&&(l.__u|=4))):M[d]=null;if(q){for(p=[],v=[],d=0;d<i;d++)if((l=M[d])&&16&l.__u){for(A=0,h=p.length;A<h;)p[u=A+h>>1]<l.__i?A=u+1:h=u;p[A]=l.__i,v[d]=A+1}for(A=p.length;d--;)v[d]&&(v[d]==A?A--:M[d].__u|=4)}if(C)for(d=0;d<P;d++)!(a=r[d])||2&a.__u||(a.__e==o&&(o=Pe(a)),Et(a,a));return o}function pn(t,n,r,o){var i,d,l,a;if(typeof t.type=="function"){if(t.props.__P)return n;if(i=t.__k)for(d=0;d<i.length;d++)i[d]&&(i[d].__=t,n=pn(i[d],n,r,!1));return n}for(n&&!n.parentNode&&(n=Pe(t))&&!n.parentNode&&(n=null),l=t.__e,a=n;a&&a.nodeType==8;)a=a.nextSibling;for(l!=a&&(!o&&r.moveBefore&&l.parentNode?r.moveBefore(l,n):r.insertBefore(l,n||null)),n=l;(n=n&&n.nextSibling)&&n.nodeType==8&&!n.data.startsWith("$s"););return n}function qo(t,n,r,o){var i,d=t.key,l=t.type,a=n[r],f=a&&!(2&a.__u);if(a===null&&d==null||f&&d==a.key&&l==a.type)return r;if(o>(f?1:0)){for(i=r-1;i>=0;i--)if((a=n[i])&&!(2&a.__u)&&d==a.key&&l==a.type)return i;for(i=r+1;i<n.length;i++)if((a=n[i])&&!(2&a.__u)&&d==a.key&&l==a.type)return i}return-1}function tn(t,n,r){r==null&&(r=""),n[0]=="-"?t.setProperty(n,r):t[n]=r}function ot(t,n,r,o,i){var d,l;if(n=="style")if(typeof r=="string")t.style.cssText=r;else{if(typeof o=="string"&&(t.style.cssText=o=""),o)for(n in o)r&&n in r||tn(t.style,n);if(r)for(n in r)o&&r[n]==o[n]||tn(t.style,n,r[n])}else if(n[0]=="o"&&n[1]=="n")typeof r!="function"&&(r=null),typeof o!="function"&&(o=null),(t.__e||(t.__e={}))[n]=r,r&&o||(l=wt[n]||(wt[n]=Lo(n)),(t.__a||(t.__a={}))[n]=Tt,d=n!=(n=n.replace(on,"$1")),(n=n.slice(2))[0]<"a"&&(n=n.toLowerCase()),r?t.addEventListener(n,l,d):t.removeEventListener(n,l,d));else{if(i=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in t)try{return void(t[n]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&n[4]!="-"?t.removeAttribute(n):t.setAttribute(n,n=="popover"&&r==1?"":r)}}function Lo(t){return function(n){var r=this.__e;if(r){if(r=r[t],n[at]==null)n[at]=Tt++;else if(n[at]<this.__a[t])return;return r(W.event?W.event(n):n)}}}function _t(t,n,r,o,i,d,l,a,f,m){var p,v,h,u,P,C,A,q,M,_,S,ce,Qe,we,U,ze,Ie,xe,ve=n.type;if(n.constructor!==Ge)return null;128&r.__u&&(f=32&r.__u,p=r.__c.__z)&&(n.__u|=f,v=d=[],p.nodeType==8?a=lt(p,d):d.push(p),a=d[0]||a),(p=W.__b)&&p(n);e:if(typeof ve=="function"){h=l.length;try{if(q=n.props,M=(p=ve.prototype)&&p.render,_=(p=ve.contextType)&&o[p.__c],S=p?_?_.props.value:p.__:o,(u=r.__c)?(n.__c=u,2&u.__g&&(u.__g|=1)):(M?n.__c=u=new ve(q,S):(n.__c=u=new dt(q,S),u.constructor=ve,u.render=jo),_&&_.sub(u),u.state||(u.state={}),u.__n=o,u.__g|=8,u.__h=[],u.__k=[]),M&&(u.__s||(u.__s=u.state),ve.getDerivedStateFromProps&&(u.__s==u.state&&(u.__s=Ne({},u.__s)),Ne(u.__s,ve.getDerivedStateFromProps(q,u.__s)))),P=u.props,C=u.state,u.__v=n,r.__c){if(q!==P&&M&&!ve.getDerivedStateFromProps&&u.componentWillReceiveProps&&u.componentWillReceiveProps(q,S),n.__v==r.__v&&!(8&u.__g)||!(4&u.__g)&&u.shouldComponentUpdate&&u.shouldComponentUpdate(q,u.__s,S)===!1){n.__v!=r.__v&&(u.props=q,u.state=u.__s,u.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(de){de&&(de.__=n)}),ct.push.apply(u.__h,u.__k),u.__k=[],u.__h.length&&l.push(u),a=Pe(r);break e}u.componentWillUpdate&&u.componentWillUpdate(q,u.__s,S),M&&u.componentDidUpdate&&u.__h.push(function(){u.componentDidUpdate(P,C,A)})}else M&&!ve.getDerivedStateFromProps&&u.componentWillMount&&u.componentWillMount(),M&&u.componentDidMount&&u.__h.push(u.componentDidMount);u.context=S,u.props=q,u.__P=t,u.__g&=-5,ce=W.__r,Qe=M?25:0;do u.__g&=-9,ce&&ce(n),p=u.render(u.props,u.state=u.__s,u.context);while(8&u.__g&&++Qe<25);M&&(ct.push.apply(u.__h,u.__k),u.__k=[]),u.state=u.__s,u.getChildContext&&(o=Ne({},o,u.getChildContext())),M&&r.__c&&u.getSnapshotBeforeUpdate&&(A=u.getSnapshotBeforeUpdate(P,C)),we=p&&p.type===T&&p.key==null?p.props.children:p,q.__P&&(p=a,i=(t=q.__P).namespaceURI,f=d=null,r.props&&r.props.__P!=t&&(r.__k.some(function(de){de&&Et(de,de)}),r.__k=null),a=r.__k?Pe(r,0):null),a=un(t,Nt(we)?we:[we],n,r,o,i,d,l,a,f,m),q.__P&&(n.__e=null,a=p),n.__u&=-161,v&&v.some(Te),u.__h.length&&l.push(u),1&u.__g&&(u.__g&=-4)}catch(de){if(l.length=h,n.__v=null,f||d)if(de&&de.then){if(n.__u|=128|f,d){for(~(Ie=d.indexOf(a||void 0))||(Ie=d.length);(xe=d[Ie-1])&&xe.nodeType==8;)Ie--;for(;Ie<d.length;Ie++)if(xe=d[Ie])if(d[Ie]=null,U){if(xe==ze)break}else{if(xe.nodeType!=8)break;xe.data.startsWith("$s")&&(ze=lt(U=xe))}}if(!U){for(;a&&a.nodeType==8&&a.nextSibling;)a=a.nextSibling;U=a}(p=lt(U=n.__c.__z||(n.__c.__z=U)))?(n.__e=U,a=p):n.__e=a,a=a&&a.nextSibling}else d&&d.some(Te);else n.__e=r.__e;n.__k||(n.__k=r.__k||[]),de&&de.then||cn(n),W.__e(de,n,r)}}else a=n.__e=Fo(r.__e,n,r,o,i,d,l,f,m,t);return(p=W.diffed)&&p(n),a}function lt(t,n){if(t&&t.nodeType==8&&t.data.startsWith("$s"))for(var r=1;t=t.nextSibling;){if(t.nodeType==8){if(t.data.startsWith("$s"))r++;else if(t.data.startsWith("/$s")&&!--r)return t}n&&n.push(t)}}function cn(t){t&&(t.__c&&(t.__c.__g|=4),t.__k&&t.__k.some(cn))}function mn(t,n,r){for(var o=0;o<r.length;)Mt(r[o++],r[o++],r[o++]);W.__c&&W.__c(n,t),t.some(function(i){try{t=i.__h,i.__h=[],t.some(function(d){d.call(i)})}catch(d){W.__e(d,i.__v)}})}function Fo(t,n,r,o,i,d,l,a,f,m){var p,v,h,u,P,C,A,q,M=r.props||pt,_=n.props,S=n.type;if(S=="svg"?i="http://www.w3.org/2000/svg":S=="math"?i="http://www.w3.org/1998/Math/MathML":i||(i="http://www.w3.org/1999/xhtml"),d){for(p=0;p<d.length;p++)if((P=d[p])&&(S?P.localName==S:P.nodeType==3)){t=P,d[p]=null;break}}if(!t){if(q=m.ownerDocument||document,!S)return q.createTextNode(_);t=q.createElementNS(i,S,_.is?_:m),a&&(W.__m&&W.__m(n,d),a=!1),d=null}if(S){if(m=S=="template"&&t.content||t,d=S=="textarea"&&_.defaultValue!=null?null:d&&sn.call(m.childNodes),!a&&d)for(M={},p=0;p<t.attributes.length;p++)M[(P=t.attributes[p]).name]=P.value;for(p in M)P=M[p],p=="dangerouslySetInnerHTML"?h=P:p=="children"||p in _||p=="value"&&"defaultValue"in _||p=="checked"&&"defaultChecked"in _||ot(t,p,null,P,i);for(p in _)P=_[p],p=="children"?u=P:p=="dangerouslySetInnerHTML"?v=P:p=="value"?C=P:p=="checked"?A=P:a&&typeof P!="function"||M[p]===P||ot(t,p,P,M[p],i);v?(a||h&&(v.__html==h.__html||v.__html==t.innerHTML)||(t.innerHTML=v.__html),n.__k=[]):(h&&(t.textContent=""),(S=="foreignObject"||i=="http://www.w3.org/1998/Math/MathML"&&Eo.test(S))&&(i="http://www.w3.org/1999/xhtml"),un(m,Nt(u)?u:[u],n,r,o,i,d,l,d?d[0]:r.__k&&Pe(r,0),a,f),d&&d.some(Te)),a&&S!="textarea"||(p="value",S=="progress"&&C==null?t.removeAttribute(p):C==null||C===t[p]&&(S!="progress"||C)||ot(t,p,C,M[p],i),p="checked",A!=null&&A!=t[p]&&ot(t,p,A,M[p],i))}else M===_||a&&t.data==_||(t.data=_);return t}function Mt(t,n,r,o){try{typeof t=="function"?n?n.__x=t(n)||1:o&&(o=o.__c||o.__e)&&(n=o.__x)&&(o.__x=null,typeof n=="function"?n():t(null)):t.current=n}catch(i){W.__e(i,r)}}function Et(t,n,r){var o,i,d,l;if(W.unmount&&W.unmount(t),!(o=t.ref)||o.current&&o.current!=t.__e||Mt(o,null,n,t),o=t.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(a){W.__e(a,n)}o.__P=o.__n=null}if(o=t.__k)for(l=0;l<o.length;l++)o[l]&&Et(o[l],n,typeof t.type!="function"||r&&!t.props.__P);!r&&(o=t.__c)&&(o=o.__z)&&(i=lt(o,d=[]))&&(o==t.__e&&d.some(Te),Te(i),Te(o)),r||Te(t.__e),t.__e=t.__c=t.__=null}function jo(t,n,r){return this.constructor(t,r)}function gn(t,n){var r,o,i,d;W.__&&W.__(t,n),n.nodeType==9&&(n=n.documentElement),o=(r=t&&32&t.__u)?null:n.__k,n.__k=st(T,{children:[t]}),i=[],d=[],_t(n,n.__k,o||pt,pt,n.namespaceURI,o?null:n.firstChild?sn.call(n.childNodes):null,i,o?o.__e:n.firstChild,r,d),mn(i,n.__k,d),n.__k.props.children=null}function fn(t){function n(r){var o,i;return this.getChildContext||(o=new Set,(i={})[n.__c]=this,this.getChildContext=function(){return i},this.shouldComponentUpdate=function(d){this.props.value!=d.value&&o.forEach(function(l){l.__g|=4,xt(l)})},this.sub=function(d){o.add(d);var l=d.componentWillUnmount;d.componentWillUnmount=function(){o.delete(d),l&&l.call(d)}}),r.children}return n.__c="__cC"+an++,n.__=t,n.Provider=(n.Consumer=function(r,o){return r.children(o)}).contextType=n,n}W={__e:function(t,n,r,o){for(var i,d,l;n=n.__;)if((i=n.__c)&&!(1&i.__g)){i.__g|=4;try{if((l=(d=i.constructor)&&d.getDerivedStateFromError)&&i.setState(d.getDerivedStateFromError(t)),i.componentDidCatch&&(i.componentDidCatch(t,o||{}),l=1),l&&8&i.__g)return void(i.__g|=2)}catch(a){t=a}}throw ut=0,t}},nn=0,Mo=function(t){return t!=null&&t.constructor===Ge},dt.prototype.setState=function(t,n){var r=this.__s;r&&r!=this.state||(r=this.__s=Ne({},this.state)),typeof t=="function"&&(t=t(Ne({},r),this.props)),t&&(Ne(r,t),this.__v&&(n&&this.__k.push(n),xt(this)))},dt.prototype.forceUpdate=function(t){this.__v&&(this.__g|=4,t&&this.__h.push(t),xt(this))},dt.prototype.render=T,$e=[],ut=0,rn=function(t,n){return t.__v.__b-n.__v.__b},at=Symbol(),on=/(PointerCapture)$|Capture$/i,Tt=0,wt={},an=0;var _e,G,Rt,yn,Ot=Object.is,Je=0,$n=[],qt=[],Z=W,hn=Z.__b,bn=Z.__r,Dn=Z.diffed,Cn=Z.__c,vn=Z.unmount,An=Z.__;function Xe(t,n){Z.__h&&Z.__h(G,t,Je||n),Je=0;var r=G.__H||(G.__H={__:[],__h:[]});return t>=r.__.length&&r.__.push({}),r.__[t]}function y(t){return Je=1,Bo(Tn,t)}function Bo(t,n,r){var o=Xe(_e++,2);if(o.t=t,!o.__c&&(o.__=[r?r(n):Tn(void 0,n),function(d){var l=(o.__N||o.__)[0],a=o.t(l,d);Ot(l,a)||(o.__N=[a,o.__[1]],o.__c.setState({}))}],o.__c=G,!G.__f)){G.__f=!0;var i=G.shouldComponentUpdate;G.shouldComponentUpdate=function(d,l,a){var f=this.__H;if(!f)return!0;var m=!1,p=this.props!=d;if(f.__.some(function(h){h.__N&&(m=!0,Ot(h.__[0],h.__N[0])||(p=!0))}),i){var v=i.call(this,d,l,a);return m?v||p:v}return!m||p}}return o.__}function ee(t,n){var r=Xe(_e++,3);!Z.__s&&xn(r.__H,n)&&(r.__P=!0,r.__=t,r.u=n,G.__H.__h.push(r))}function Ae(t){return Je=5,Pn(function(){return{current:t}},[])}function Pn(t,n){var r=Xe(_e++,7);return xn(r.__H,n)&&(r.__=t(),r.__H=n),r.__}function Sn(t,n){return Je=8,Pn(function(){return t},n)}function wn(t){var n=G.context[t.__c],r=Xe(_e++,9);return r.c=t,n?(r.__==null&&(r.__=!0,n.sub(G)),n.props.value):t.__}function ae(){var t=Xe(_e++,11);if(!t.__){for(var n=G.__v;!n.__m&&n.__;)n=n.__;var r=n.__m||(n.__m=[0,0]);t.__="P"+r[0]+"-"+r[1]++}return t.__}function Uo(){var t;do{for(;t=qt.shift();)try{Ye(t)}catch(r){Z.__e(r,{__:(t=t.__P)&&t.__v})}for(;t=$n.shift();){var n=t.__H;if(t.__P&&n)try{n.__h.some(Ye),n.__h.some(Lt),n.__h=[]}catch(r){n.__h=[],Z.__e(r,t.__v)}}}while(qt.length)}Z.__b=function(t){G=null,hn&&hn(t)},Z.__=function(t,n){t&&n.__k&&n.__k.__m&&(t.__m=n.__k.__m),An&&An(t,n)},Z.__r=function(t){bn&&bn(t),_e=0;var n=(G=t.__c).__H;n&&(Rt==G?G.__h=[]:(n.__h.some(Ye),n.__h.some(Lt),_e=0),n.__h=[],n.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),Rt=G},Z.diffed=function(t){Dn&&Dn(t);var n=t.__c;n&&n.__H&&(n.__H.__h.length&&In($n.push(n)),n.__H.__.some(function(r){r.u&&(r.__H=r.u)})),Rt=G=null},Z.__c=function(t,n){n.some(function(r){try{r.__h.some(Ye),r.__h=r.__h.filter(function(o){return!o.__||Lt(o)})}catch(o){r.__h=[function(){throw o}]}}),Cn&&Cn(t,n)},Z.unmount=function(t){vn&&vn(t);var n,r,o=t.__c;o&&o.__H&&(o.__H.__.some(function(i){try{if(i.__P&&i.__c){if(r===void 0){for(r=t.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}i.__P=r,In(qt.push(i))}else Ye(i)}catch(d){n=d}}),o.__H=void 0,n&&Z.__e(n,o.__v))};var kn=typeof requestAnimationFrame=="function";function Vo(t){var n,r=function(){clearTimeout(o),kn&&cancelAnimationFrame(n),setTimeout(t)},o=setTimeout(r,35);kn&&(n=requestAnimationFrame(r))}function In(t){t!=1&&yn==Z.requestAnimationFrame||((yn=Z.requestAnimationFrame)||Vo)(Uo)}function Ye(t){var n=G,r=t.__c;typeof r=="function"&&(t.__c=void 0,r()),G=n}function Lt(t){var n=G;t.__c=t.__(),G=n}function xn(t,n){return!t||t.length!=n.length||n.some(function(r,o){return!Ot(r,t[o])})}function Tn(t,n){return typeof n=="function"?n(t):n}var Nn="pppdesk.admin.lang",jt=Ho(),Ft=new Set;function Ho(){try{return localStorage.getItem(Nn)==="en"?"en":"ja"}catch{return"ja"}}function ge(){return jt}function _n(t){jt=t;try{localStorage.setItem(Nn,t)}catch{}document.documentElement.lang=t,Ft.forEach(n=>n())}function Mn(t){return Ft.add(t),()=>Ft.delete(t)}function fe(t,n){return(r,o)=>{let i=(jt==="en"?n[r]:t[r])??String(r);return o?i.replace(/\{(\w+)\}/g,(d,l)=>l in o?String(o[l]):d):i}}var b=fe({appName:"公民連携デスク 管理画面",skipToMain:"本文へ移動",language:"言語",switchLang:"English",signIn:"サインイン",signOut:"サインアウト",signingIn:"サインイン中…",email:"メールアドレス",password:"パスワード",municipality:"自治体（省略可）",municipalityHelp:"複数の自治体を運用しているときだけ、自治体の識別名（例: aomori）を入力します。",signInTitle:"職員サインイン",signedInAs:"{name}（{dept}）",home:"ホーム",mainNav:"メインメニュー",loading:"読み込み中…",retry:"再読み込み",save:"保存",cancel:"キャンセル",ok:"OK",confirm:"確認",close:"閉じる",next:"次へ",prev:"前へ",first:"最初へ",totalCount:"全{n}件",pageInfo:"{from}〜{to}件目 / 全{n}件",empty:"該当するものはありません。",notFound:"お探しのページは見つかりません。",backHome:"ホームへ戻る",required:"必須",yes:"はい",no:"いいえ",proposerOnly:"この管理画面は職員用です。提案者の方は提案用のポータルをご利用ください。",errBadInput:"入力内容を確認してください。",errConflict:"ほかの人が先に変更しました。画面を再読み込みしてからやり直してください。",errForbidden:"この操作を行う権限がありません。",errNotFound:"対象が見つかりません（削除されたか、見る権限がありません）。",errUnauthenticated:"サインインの有効期限が切れました。もう一度サインインしてください。",errRateLimited:"操作が続いたため一時的に受け付けを止めています。少し待ってからやり直してください。",errUnavailable:"サーバーが一時的に応答できません。少し待ってからやり直してください。",errInternal:"サーバーで問題が起きました。時間をおいてやり直し、続く場合はシステム担当へ連絡してください。",errNetwork:"サーバーに接続できません。ネットワークを確認してください。",errField:"項目「{field}」",serverSays:"サーバーからの説明: {msg}",loginFailed:"メールアドレスまたはパスワードが違います。"},{appName:"PPP Desk Admin",skipToMain:"Skip to main content",language:"Language",switchLang:"日本語",signIn:"Sign in",signOut:"Sign out",signingIn:"Signing in…",email:"Email",password:"Password",municipality:"Municipality (optional)",municipalityHelp:"Only when the server runs several municipalities: its identifier (e.g. aomori).",signInTitle:"Staff sign-in",signedInAs:"{name} ({dept})",home:"Home",mainNav:"Main menu",loading:"Loading…",retry:"Reload",save:"Save",cancel:"Cancel",ok:"OK",confirm:"Confirm",close:"Close",next:"Next",prev:"Previous",first:"First page",totalCount:"{n} in total",pageInfo:"{from}–{to} of {n}",empty:"Nothing matches.",notFound:"This page does not exist.",backHome:"Back to home",required:"required",yes:"Yes",no:"No",proposerOnly:"This admin is for staff. Proposers please use the proposal portal.",errBadInput:"Please check your input.",errConflict:"Someone changed this first. Reload the page and try again.",errForbidden:"You may not do this.",errNotFound:"Not found (deleted, or you may not see it).",errUnauthenticated:"Your sign-in has expired. Please sign in again.",errRateLimited:"Too many attempts for now. Wait a little and try again.",errUnavailable:"The server cannot answer right now. Try again shortly.",errInternal:"The server had a problem. Try again later; if it persists, contact the system administrator.",errNetwork:"Cannot reach the server. Check the network.",errField:'Field "{field}"',serverSays:"Server: {msg}",loginFailed:"Wrong email or password."});var Bt="pppdesk.admin.token";function Me(){try{return sessionStorage.getItem(Bt)}catch{return null}}function Ee(t){try{t?sessionStorage.setItem(Bt,t):sessionStorage.removeItem(Bt)}catch{}Ut.forEach(n=>n(t!==null))}var Ut=new Set;function En(t){return Ut.add(t),()=>Ut.delete(t)}var Rn=new URL("../",location.href),Ko=new URL("graphql",Rn),z=class extends Error{constructor(r,o,i){super(o);this.code=r;this.serverMessage=o;this.field=i}code;serverMessage;field;clerkMessage(){let o=[{BAD_USER_INPUT:b("errBadInput"),CONFLICT:b("errConflict"),FORBIDDEN:b("errForbidden"),NOT_FOUND:b("errNotFound"),UNAUTHENTICATED:b("errUnauthenticated"),RATE_LIMITED:b("errRateLimited"),UNAVAILABLE:b("errUnavailable"),INTERNAL:b("errInternal"),NETWORK:b("errNetwork")}[this.code]];return this.field&&o.push(b("errField",{field:this.field})),this.serverMessage&&this.code!=="INTERNAL"&&this.code!=="NETWORK"&&o.push(b("serverSays",{msg:this.serverMessage})),o.join(" ")}};function On(t){return t instanceof z?t.clerkMessage():b("errInternal")}var Wo=new Set(["BAD_USER_INPUT","CONFLICT","FORBIDDEN","NOT_FOUND","UNAUTHENTICATED","RATE_LIMITED","UNAVAILABLE","INTERNAL"]);function Qo(t){let n=t.extensions?.code??"INTERNAL";return new z(Wo.has(n)?n:"INTERNAL",t.message,t.extensions?.field)}async function qn(t,n){let r=Me();r&&(n.Authorization=`Bearer ${r}`),n.Accept="application/graphql-response+json, application/json";let o;try{o=await fetch(Ko,{...t,headers:n,credentials:"omit",cache:"no-store"})}catch{throw new z("NETWORK","")}let i;try{i=await o.json()}catch{throw new z(o.status>=500?"UNAVAILABLE":"NETWORK",`HTTP ${o.status}`)}if(i.errors&&i.errors.length>0){let d=Qo(i.errors[0]);throw d.code==="UNAUTHENTICATED"&&r&&Ee(null),d}if(!i.data)throw new z("INTERNAL",`HTTP ${o.status}`);return i.data}function x(t,n,r={}){let o={"Content-Type":"application/json"};return r.municipality&&(o["X-Municipality"]=r.municipality),qn({method:"POST",body:JSON.stringify({query:t.toString(),variables:n})},o)}function mt(t,n,r){let o=new FormData;o.append("operations",JSON.stringify({query:t.toString(),variables:n}));let i={};return r.forEach((d,l)=>i[String(l)]=[d.path]),o.append("map",JSON.stringify(i)),r.forEach((d,l)=>o.append(String(l),d.file,d.file.name)),qn({method:"POST",body:o},{"GraphQL-Require-Preflight":"1"})}function Vt(t){return new URL(t.replace(/^\/+/,""),Rn)}async function gt(t,n){let r=Me(),o;try{o=await fetch(Vt(t),{headers:r?{Authorization:`Bearer ${r}`}:{},credentials:"omit"})}catch{throw new z("NETWORK","")}if(o.status===401)throw Ee(null),new z("UNAUTHENTICATED","");if(o.status===403)throw new z("FORBIDDEN","");if(o.status===404)throw new z("NOT_FOUND","");if(!o.ok)throw new z(o.status===429?"RATE_LIMITED":"UNAVAILABLE",`HTTP ${o.status}`);let i=URL.createObjectURL(await o.blob()),d=document.createElement("a");d.href=i,d.download=n,document.body.appendChild(d),d.click(),d.remove(),setTimeout(()=>URL.revokeObjectURL(i),1e4)}var k=class extends String{__apiType;value;__meta__;constructor(n,r){super(n),this.value=n,this.__meta__=r}toString(){return this.value}},Ln=new k(`
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}
    `,{fragmentName:"ContentMediaItem"}),Nd=new k(`
    fragment DeskStatisticsPeriod on StatisticsPeriod {
  label
  start
  end
  received
  receivedByKind {
    key
    count
  }
  assigned
  accepted
  declined
  withdrawn
  becameProjects
  becameAgreements
  daysToFirstResponse {
    count
    median
    p90
  }
  daysToDecision {
    count
    median
    p90
  }
}
    `,{fragmentName:"DeskStatisticsPeriod"}),Fn=new k(`
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  unreadMessageCount
  overdue
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}
    `,{fragmentName:"InboxRow"}),jn=new k(`
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}
    `,{fragmentName:"ProposalPageFields"}),Bn=new k(`
    mutation Logout {
  logout
}
    `),Un=new k(`
    query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {
  agreements(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: SIGNED_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        kind
        status
        signedOn
        parties {
          name
        }
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),Vn=new k(`
    query ContentAgreement($id: ID!) {
  agreement(id: $id) {
    id
    kind
    title
    purpose
    parties {
      id
      name
    }
    signedOn
    termStartOn
    termEndOn
    items
    merits {
      side
      description
    }
    status
    publicationState
    publishedAt
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),Hn=new k(`
    mutation ContentAgreementCreate($input: AgreementInput!) {
  createAgreement(input: $input) {
    id
  }
}
    `),Kn=new k(`
    mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
  updateAgreement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Wn=new k(`
    mutation ContentAgreementDelete($id: ID!) {
  deleteAgreement(id: $id)
}
    `),Qn=new k(`
    query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {
  announcements(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: PUBLISHED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        category
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),zn=new k(`
    query ContentAnnouncement($id: ID!) {
  announcement(id: $id) {
    id
    title
    body
    category
    publicationState
    publishedAt
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),Gn=new k(`
    mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
  createAnnouncement(input: $input) {
    id
  }
}
    `),Yn=new k(`
    mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
  updateAnnouncement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Jn=new k(`
    mutation ContentAnnouncementDelete($id: ID!) {
  deleteAnnouncement(id: $id)
}
    `),Xn=new k(`
    query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {
  caseStudies(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: START_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        locality
        category
        startOn
        endOn
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),Zn=new k(`
    query ContentCaseStudy($id: ID!) {
  caseStudy(id: $id) {
    id
    title
    locality
    program
    category
    partners {
      id
      name
    }
    startOn
    endOn
    dateNote
    summary
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    tags
    publicationState
    publishedAt
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),er=new k(`
    mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
  createCaseStudy(input: $input) {
    id
  }
}
    `),tr=new k(`
    mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
  updateCaseStudy(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),nr=new k(`
    mutation ContentCaseStudyDelete($id: ID!) {
  deleteCaseStudy(id: $id)
}
    `),rr=new k(`
    query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {
  challenges(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: TITLE, direction: ASC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        department {
          name
        }
        opensAt
        closesAt
        isOpen
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),ir=new k(`
    query ContentChallenge($id: ID!) {
  challenge(id: $id) {
    id
    title
    background
    desiredOutcome
    department {
      id
      name
    }
    tags
    opensAt
    closesAt
    isOpen
    publicationState
    publishedAt
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),or=new k(`
    mutation ContentChallengeCreate($input: ChallengeInput!) {
  createChallenge(input: $input) {
    id
  }
}
    `),ar=new k(`
    mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
  updateChallenge(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),sr=new k(`
    mutation ContentChallengeDelete($id: ID!) {
  deleteChallenge(id: $id)
}
    `),dr=new k(`
    query ContentMethodList($first: Int, $after: String) {
  collaborationMethods(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        key
        name
        position
      }
    }
  }
}
    `),lr=new k(`
    query ContentMethod($id: ID!) {
  collaborationMethod(id: $id) {
    id
    key
    name
    description
    position
    version
  }
}
    `),ur=new k(`
    mutation ContentMethodCreate($input: CollaborationMethodInput!) {
  createCollaborationMethod(input: $input) {
    id
  }
}
    `),pr=new k(`
    mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
  updateCollaborationMethod(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),cr=new k(`
    mutation ContentMethodDelete($id: ID!) {
  deleteCollaborationMethod(id: $id)
}
    `),mr=new k(`
    mutation ContentMethodRestore($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),gr=new k(`
    query ContentPreview($token: String!) {
  preview(token: $token) {
    __typename
    id
    ... on Challenge {
      title
      background
      desiredOutcome
      department {
        name
      }
      tags
      opensAt
      closesAt
      media {
        ...ContentMediaItem
      }
    }
    ... on CaseStudy {
      title
      locality
      program
      caseCategory: category
      startOn
      endOn
      dateNote
      summary
      partners {
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      tags
      media {
        ...ContentMediaItem
      }
    }
    ... on Agreement {
      title
      agreementKind: kind
      purpose
      parties {
        name
      }
      signedOn
      termStartOn
      termEndOn
      items
      merits {
        side
        description
      }
      agreementStatus: status
      media {
        ...ContentMediaItem
      }
    }
    ... on Project {
      title
      projectKind: kind
      summary
      startOn
      endOn
      site
      leadDepartment {
        name
      }
      partners {
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      projectStatus: status
      media {
        ...ContentMediaItem
      }
    }
    ... on Announcement {
      title
      body
      category
      media {
        ...ContentMediaItem
      }
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),fr=new k(`
    query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {
  projects(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: START_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        kind
        status
        startOn
        endOn
        leadDepartment {
          name
        }
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),yr=new k(`
    query ContentProject($id: ID!) {
  project(id: $id) {
    id
    kind
    title
    summary
    startOn
    endOn
    site
    leadDepartment {
      id
      name
    }
    partners {
      id
      name
    }
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    status
    agreement {
      id
      title
    }
    publicationState
    publishedAt
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),hr=new k(`
    query ContentProjectAgreements {
  agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),br=new k(`
    mutation ContentProjectCreate($input: ProjectInput!) {
  createProject(input: $input) {
    id
  }
}
    `),Dr=new k(`
    mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
  updateProject(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Cr=new k(`
    mutation ContentProjectDelete($id: ID!) {
  deleteProject(id: $id)
}
    `),vr=new k(`
    mutation ContentPublish($id: ID!, $at: DateTime) {
  publish(id: $id, at: $at) {
    id
  }
}
    `),Ar=new k(`
    mutation ContentUnpublish($id: ID!) {
  unpublish(id: $id) {
    id
  }
}
    `),kr=new k(`
    mutation ContentArchive($id: ID!) {
  archive(id: $id) {
    id
  }
}
    `),Ir=new k(`
    mutation ContentRestoreDeleted($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),$r=new k(`
    mutation ContentPreviewToken($id: ID!) {
  createPreviewToken(id: $id) {
    token
    expiresAt
  }
}
    `),Pr=new k(`
    query ContentRevisions($id: ID!) {
  revisions(id: $id) {
    id
    number
    author {
      displayName
    }
    createdAt
    pending
  }
}
    `),Sr=new k(`
    mutation ContentRestoreRevision($id: ID!) {
  restoreRevision(id: $id) {
    id
  }
}
    `),wr=new k(`
    mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
  attachMedia(contentId: $contentId, file: $file, alt: $alt) {
    id
    fileName
  }
}
    `),xr=new k(`
    mutation ContentUpdateMedia($id: ID!, $alt: String!) {
  updateMedia(id: $id, alt: $alt) {
    id
    alt
  }
}
    `),Tr=new k(`
    mutation ContentDeleteMedia($id: ID!) {
  deleteMedia(id: $id)
}
    `),Nr=new k(`
    query ContentDepartments {
  municipality {
    departments {
      id
      name
    }
  }
}
    `),_r=new k(`
    query ContentPartners($search: String) {
  partners(first: 30, filter: { search: $search }) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `),Mr=new k(`
    query DeskUsers($first: Int, $after: String, $filter: UserFilter) {
  users(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        id
        displayName
        email
        role
        disabled
        createdAt
        department {
          id
          name
        }
        organization {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),Er=new k(`
    query DeskAccountDepartments {
  municipality {
    id
    departments {
      id
      name
      parent {
        id
      }
    }
  }
}
    `),Rr=new k(`
    mutation DeskCreateStaff($input: StaffAccountInput!) {
  createStaffAccount(input: $input) {
    id
    displayName
  }
}
    `),Or=new k(`
    mutation DeskDisableAccount($id: ID!) {
  disableAccount(id: $id) {
    id
    disabled
  }
}
    `),qr=new k(`
    mutation DeskEnableAccount($id: ID!) {
  enableAccount(id: $id) {
    id
    disabled
  }
}
    `),Lr=new k(`
    query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        actor {
          id
          displayName
        }
        action
        targetType
        targetId
        changes
        at
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),Fr=new k(`
    query DeskAuditActors {
  users(first: 100) {
    edges {
      node {
        id
        displayName
        role
      }
    }
  }
}
    `),jr=new k(`
    query DeskDepartments {
  municipality {
    id
    departments {
      id
      name
      kind
      version
      parent {
        id
      }
    }
  }
}
    `),Br=new k(`
    mutation DeskDepartmentCreate($input: DepartmentInput!) {
  createDepartment(input: $input) {
    id
    name
  }
}
    `),Ur=new k(`
    mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
  updateDepartment(id: $id, input: $input, version: $version) {
    id
    name
    version
  }
}
    `),Vr=new k(`
    mutation DeskDepartmentDelete($id: ID!) {
  deleteDepartment(id: $id)
}
    `),Hr=new k(`
    query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {
  inquiries(first: $first, after: $after, status: $status) {
    edges {
      cursor
      node {
        id
        affiliation
        name
        subject
        status
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),Kr=new k(`
    query DeskInquiry($id: ID!) {
  node(id: $id) {
    ... on Inquiry {
      id
      affiliation
      name
      email
      phone
      subject
      body
      status
      createdAt
    }
  }
}
    `),Wr=new k(`
    mutation DeskInquiryClose($id: ID!) {
  closeInquiry(id: $id) {
    id
    status
  }
}
    `),Qr=new k(`
    query DeskStatisticsScreen($from: Date!, $to: Date!, $groupBy: StatisticsGrouping!) {
  deskStatistics(from: $from, to: $to, groupBy: $groupBy) {
    from
    to
    groupBy
    periods {
      ...DeskStatisticsPeriod
    }
    total {
      ...DeskStatisticsPeriod
      receivedByScheme {
        key
        count
      }
    }
  }
}
    fragment DeskStatisticsPeriod on StatisticsPeriod {
  label
  start
  end
  received
  receivedByKind {
    key
    count
  }
  assigned
  accepted
  declined
  withdrawn
  becameProjects
  becameAgreements
  daysToFirstResponse {
    count
    median
    p90
  }
  daysToDecision {
    count
    median
    p90
  }
}`),zr=new k(`
    query DeskWebhookDeliveries($first: Int) {
  webhooks {
    id
    url
    events
    active
    createdAt
    deliveries(first: $first) {
      id
      event
      status
      attempts
      lastStatusCode
      lastError
      nextAttemptAt
      deliveredAt
      createdAt
    }
  }
}
    `),Gr=new k(`
    query DeskWebhooks {
  webhooks {
    id
    url
    events
    active
    createdAt
  }
}
    `),Yr=new k(`
    mutation DeskWebhookRegister($input: WebhookInput!) {
  registerWebhook(input: $input) {
    id
    url
  }
}
    `),Jr=new k(`
    mutation DeskWebhookDelete($id: ID!) {
  deleteWebhook(id: $id)
}
    `),Xr=new k(`
    query HomeAttention {
  proposals(first: 0, filter: { needsAttention: true }) {
    totalCount
  }
}
    `),Zr=new k(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
  }
}
    `),ei=new k(`
    mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
  assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),ti=new k(`
    mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
  respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),ni=new k(`
    mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
  decideProposal(id: $id, decision: $decision, reason: $reason) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),ri=new k(`
    mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
  linkProposalOutcome(
    id: $id
    projectId: $projectId
    agreementId: $agreementId
    newProject: $newProject
    newAgreement: $newAgreement
  ) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),ii=new k(`
    query ProposalAssignDepartments {
  municipality {
    departments {
      id
      name
      kind
      parent {
        id
      }
    }
  }
}
    `),oi=new k(`
    query ProposalLinkOutcomes {
  projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
  agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),ai=new k(`
    mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
  postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),si=new k(`
    mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `),di=new k(`
    query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
  proposals(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: UPDATED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...InboxRow
      }
    }
  }
}
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  unreadMessageCount
  overdue
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}`),li=new k(`
    query InboxOptions {
  municipality {
    departments {
      id
      name
      parent {
        id
      }
    }
  }
  challenges(first: 100) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),ui=new k(`
    query ProposalPage($id: ID!) {
  proposal(id: $id) {
    ...ProposalPageFields
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),pi=new k(`
    mutation ProposalMarkRead($id: ID!) {
  markProposalRead(id: $id) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),ci=new k(`
    query Viewer {
  me {
    id
    displayName
    role
    email
    department {
      id
      name
    }
  }
  municipality {
    name
    deskName
  }
  permissions {
    resource
    action
    scope
  }
}
    `);var Go={"\n  mutation Logout {\n    logout\n  }\n":Bn,"\n  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          signedOn\n          parties {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Un,"\n  query ContentAgreement($id: ID!) {\n    agreement(id: $id) {\n      id\n      kind\n      title\n      purpose\n      parties {\n        id\n        name\n      }\n      signedOn\n      termStartOn\n      termEndOn\n      items\n      merits {\n        side\n        description\n      }\n      status\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":Vn,"\n  mutation ContentAgreementCreate($input: AgreementInput!) {\n    createAgreement(input: $input) {\n      id\n    }\n  }\n":Hn,"\n  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {\n    updateAgreement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Kn,"\n  mutation ContentAgreementDelete($id: ID!) {\n    deleteAgreement(id: $id)\n  }\n":Wn,"\n  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {\n    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          category\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Qn,"\n  query ContentAnnouncement($id: ID!) {\n    announcement(id: $id) {\n      id\n      title\n      body\n      category\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":zn,"\n  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      id\n    }\n  }\n":Gn,"\n  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {\n    updateAnnouncement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Yn,"\n  mutation ContentAnnouncementDelete($id: ID!) {\n    deleteAnnouncement(id: $id)\n  }\n":Jn,"\n  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {\n    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          locality\n          category\n          startOn\n          endOn\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Xn,"\n  query ContentCaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      title\n      locality\n      program\n      category\n      partners {\n        id\n        name\n      }\n      startOn\n      endOn\n      dateNote\n      summary\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      tags\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":Zn,"\n  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n    }\n  }\n":er,"\n  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {\n    updateCaseStudy(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":tr,"\n  mutation ContentCaseStudyDelete($id: ID!) {\n    deleteCaseStudy(id: $id)\n  }\n":nr,"\n  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {\n    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          department {\n            name\n          }\n          opensAt\n          closesAt\n          isOpen\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":rr,"\n  query ContentChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      background\n      desiredOutcome\n      department {\n        id\n        name\n      }\n      tags\n      opensAt\n      closesAt\n      isOpen\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":ir,"\n  mutation ContentChallengeCreate($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n    }\n  }\n":or,"\n  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {\n    updateChallenge(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":ar,"\n  mutation ContentChallengeDelete($id: ID!) {\n    deleteChallenge(id: $id)\n  }\n":sr,"\n  query ContentMethodList($first: Int, $after: String) {\n    collaborationMethods(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          key\n          name\n          position\n        }\n      }\n    }\n  }\n":dr,"\n  query ContentMethod($id: ID!) {\n    collaborationMethod(id: $id) {\n      id\n      key\n      name\n      description\n      position\n      version\n    }\n  }\n":lr,"\n  mutation ContentMethodCreate($input: CollaborationMethodInput!) {\n    createCollaborationMethod(input: $input) {\n      id\n    }\n  }\n":ur,"\n  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {\n    updateCollaborationMethod(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":pr,"\n  mutation ContentMethodDelete($id: ID!) {\n    deleteCollaborationMethod(id: $id)\n  }\n":cr,"\n  mutation ContentMethodRestore($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":mr,"\n  query ContentPreview($token: String!) {\n    preview(token: $token) {\n      __typename\n      id\n      ... on Challenge {\n        title\n        background\n        desiredOutcome\n        department {\n          name\n        }\n        tags\n        opensAt\n        closesAt\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on CaseStudy {\n        title\n        locality\n        program\n        caseCategory: category\n        startOn\n        endOn\n        dateNote\n        summary\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        tags\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Agreement {\n        title\n        agreementKind: kind\n        purpose\n        parties {\n          name\n        }\n        signedOn\n        termStartOn\n        termEndOn\n        items\n        merits {\n          side\n          description\n        }\n        agreementStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Project {\n        title\n        projectKind: kind\n        summary\n        startOn\n        endOn\n        site\n        leadDepartment {\n          name\n        }\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        projectStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Announcement {\n        title\n        body\n        category\n        media {\n          ...ContentMediaItem\n        }\n      }\n    }\n  }\n":gr,"\n  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          startOn\n          endOn\n          leadDepartment {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":fr,"\n  query ContentProject($id: ID!) {\n    project(id: $id) {\n      id\n      kind\n      title\n      summary\n      startOn\n      endOn\n      site\n      leadDepartment {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      status\n      agreement {\n        id\n        title\n      }\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":yr,"\n  query ContentProjectAgreements {\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":hr,"\n  mutation ContentProjectCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n":br,"\n  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {\n    updateProject(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Dr,"\n  mutation ContentProjectDelete($id: ID!) {\n    deleteProject(id: $id)\n  }\n":Cr,"\n  mutation ContentPublish($id: ID!, $at: DateTime) {\n    publish(id: $id, at: $at) {\n      id\n    }\n  }\n":vr,"\n  mutation ContentUnpublish($id: ID!) {\n    unpublish(id: $id) {\n      id\n    }\n  }\n":Ar,"\n  mutation ContentArchive($id: ID!) {\n    archive(id: $id) {\n      id\n    }\n  }\n":kr,"\n  mutation ContentRestoreDeleted($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":Ir,"\n  mutation ContentPreviewToken($id: ID!) {\n    createPreviewToken(id: $id) {\n      token\n      expiresAt\n    }\n  }\n":$r,"\n  query ContentRevisions($id: ID!) {\n    revisions(id: $id) {\n      id\n      number\n      author {\n        displayName\n      }\n      createdAt\n      pending\n    }\n  }\n":Pr,"\n  mutation ContentRestoreRevision($id: ID!) {\n    restoreRevision(id: $id) {\n      id\n    }\n  }\n":Sr,"\n  fragment ContentMediaItem on Media {\n    id\n    fileName\n    contentType\n    size\n    url\n    alt\n  }\n":Ln,"\n  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {\n    attachMedia(contentId: $contentId, file: $file, alt: $alt) {\n      id\n      fileName\n    }\n  }\n":wr,"\n  mutation ContentUpdateMedia($id: ID!, $alt: String!) {\n    updateMedia(id: $id, alt: $alt) {\n      id\n      alt\n    }\n  }\n":xr,"\n  mutation ContentDeleteMedia($id: ID!) {\n    deleteMedia(id: $id)\n  }\n":Tr,"\n  query ContentDepartments {\n    municipality {\n      departments {\n        id\n        name\n      }\n    }\n  }\n":Nr,"\n  query ContentPartners($search: String) {\n    partners(first: 30, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n":_r,"\n  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          disabled\n          createdAt\n          department {\n            id\n            name\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":Mr,"\n  query DeskAccountDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n":Er,"\n  mutation DeskCreateStaff($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n      displayName\n    }\n  }\n":Rr,"\n  mutation DeskDisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":Or,"\n  mutation DeskEnableAccount($id: ID!) {\n    enableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":qr,"\n  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          actor {\n            id\n            displayName\n          }\n          action\n          targetType\n          targetId\n          changes\n          at\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":Lr,"\n  query DeskAuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n":Fr,"\n  query DeskDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        kind\n        version\n        parent {\n          id\n        }\n      }\n    }\n  }\n":jr,"\n  mutation DeskDepartmentCreate($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n    }\n  }\n":Br,"\n  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {\n    updateDepartment(id: $id, input: $input, version: $version) {\n      id\n      name\n      version\n    }\n  }\n":Ur,"\n  mutation DeskDepartmentDelete($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n":Vr,"\n  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {\n    inquiries(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          affiliation\n          name\n          subject\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":Hr,"\n  query DeskInquiry($id: ID!) {\n    node(id: $id) {\n      ... on Inquiry {\n        id\n        affiliation\n        name\n        email\n        phone\n        subject\n        body\n        status\n        createdAt\n      }\n    }\n  }\n":Kr,"\n  mutation DeskInquiryClose($id: ID!) {\n    closeInquiry(id: $id) {\n      id\n      status\n    }\n  }\n":Wr,"\n  query DeskStatisticsScreen($from: Date!, $to: Date!, $groupBy: StatisticsGrouping!) {\n    deskStatistics(from: $from, to: $to, groupBy: $groupBy) {\n      from\n      to\n      groupBy\n      periods {\n        ...DeskStatisticsPeriod\n      }\n      total {\n        ...DeskStatisticsPeriod\n        receivedByScheme {\n          key\n          count\n        }\n      }\n    }\n  }\n  fragment DeskStatisticsPeriod on StatisticsPeriod {\n    label\n    start\n    end\n    received\n    receivedByKind {\n      key\n      count\n    }\n    assigned\n    accepted\n    declined\n    withdrawn\n    becameProjects\n    becameAgreements\n    daysToFirstResponse {\n      count\n      median\n      p90\n    }\n    daysToDecision {\n      count\n      median\n      p90\n    }\n  }\n":Qr,"\n  query DeskWebhookDeliveries($first: Int) {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n      deliveries(first: $first) {\n        id\n        event\n        status\n        attempts\n        lastStatusCode\n        lastError\n        nextAttemptAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n":zr,"\n  query DeskWebhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n  }\n":Gr,"\n  mutation DeskWebhookRegister($input: WebhookInput!) {\n    registerWebhook(input: $input) {\n      id\n      url\n    }\n  }\n":Yr,"\n  mutation DeskWebhookDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n":Jr,"\n  query HomeAttention {\n    proposals(first: 0, filter: { needsAttention: true }) {\n      totalCount\n    }\n  }\n":Xr,"\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n":Zr,"\n  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {\n    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":ei,"\n  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {\n    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":ti,"\n  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {\n    decideProposal(id: $id, decision: $decision, reason: $reason) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":ni,"\n  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {\n    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":ri,"\n  query ProposalAssignDepartments {\n    municipality {\n      departments {\n        id\n        name\n        kind\n        parent {\n          id\n        }\n      }\n    }\n  }\n":ii,"\n  query ProposalLinkOutcomes {\n    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":oi,"\n  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {\n    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":ai,"\n  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n":si,"\n  fragment InboxRow on Proposal {\n    id\n    title\n    kind\n    status\n    submittedAt\n    unreadMessageCount\n    overdue\n    organization {\n      name\n    }\n    challenge {\n      title\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      respondedAt\n    }\n  }\n":Fn,"\n  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxRow\n        }\n      }\n    }\n  }\n":di,"\n  query InboxOptions {\n    municipality {\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n    challenges(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":li,"\n  fragment ProposalPageFields on Proposal {\n    id\n    kind\n    title\n    viewerActions\n    unreadMessageCount\n    overdue\n    summary\n    body\n    desiredScheme\n    status\n    version\n    submittedAt\n    decidedAt\n    createdAt\n    challenge {\n      id\n      title\n    }\n    organization {\n      name\n    }\n    resources {\n      side\n      kind\n      description\n    }\n    merits {\n      side\n      description\n    }\n    contact {\n      affiliation\n      name\n      email\n      phone\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      opinion\n      feasible\n      respondedAt\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      reason\n      at\n      actor {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      messageId\n      downloadUrl\n      createdAt\n    }\n    project {\n      id\n      title\n    }\n    agreement {\n      id\n      title\n    }\n  }\n":jn,"\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n":ui,"\n  mutation ProposalMarkRead($id: ID!) {\n    markProposalRead(id: $id) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":pi,"\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n    permissions {\n      resource\n      action\n      scope\n    }\n  }\n":ci};function D(t){return Go[t]??{}}function N(t,n,r=!1){let o=JSON.stringify(n),[i,d]=y(void 0),[l,a]=y(void 0),[f,m]=y(!r),p=Ae(0),v=Sn(async()=>{if(r)return;let h=++p.current;m(!0);try{let u=await x(t,JSON.parse(o));h===p.current&&(d(u),a(void 0))}catch(u){h===p.current&&a(u instanceof z?u:new z("INTERNAL",String(u)))}finally{h===p.current&&m(!1)}},[t,o,r]);return ee(()=>{v()},[v]),{data:i,error:l,loading:f,reload:v}}function L(t){let[n,r]=y(!1),[o,i]=y(void 0);return{run:async(...l)=>{r(!0),i(void 0);try{return await t(...l)}catch(a){i(a instanceof z?a:new z("INTERNAL",String(a)));return}finally{r(!1)}},busy:n,error:o,clear:()=>i(void 0)}}function mi(){let t=location.hash.replace(/^#/,"")||"/",n=t.indexOf("?");return n<0?{path:t,query:new URLSearchParams}:{path:t.slice(0,n),query:new URLSearchParams(t.slice(n+1))}}function gi(){let[t,n]=y(mi);return ee(()=>{let r=()=>n(mi());return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),t}function R(t,n){let r=new URLSearchParams;for(let[i,d]of Object.entries(n??{}))d&&r.set(i,d);let o=r.toString();return`#${t}${o?`?${o}`:""}`}function re(t,n){location.hash=R(t,n)}function Yo(t,n){let r=t.split("/").filter(Boolean),o=n.split("/").filter(Boolean);if(r.length!==o.length)return null;let i={};for(let d=0;d<r.length;d++){let l=r[d];if(l.startsWith(":"))i[l.slice(1)]=decodeURIComponent(o[d]);else if(l!==o[d])return null}return i}function fi(t,n){for(let r of t){let o=Yo(r.path,n);if(o)return{route:r,params:o}}return null}var g=fe({navInbox:"提案の受付",inboxTitle:"提案の受付",inboxCaption:"提案の一覧",attentionTitle:"要対応",attentionHelp:"未読の対話がある提案と、担当課の回答期限を過ぎた提案です。",attentionCaption:"要対応の提案",attentionNone:"要対応の提案はありません。",homeAttention:"要対応の提案が {n} 件あります（未読の対話・回答期限超過）。",statusTabs:"状態で絞り込み",all:"すべて",filters:"絞り込み",search:"キーワード（件名・概要・内容）",kind:"種類",challenge:"対象の行政課題",department:"担当課",submittedFrom:"提出日（から）",submittedTo:"提出日（まで）",submittedRange:"提出日",apply:"絞り込む",reset:"条件をクリア",any:"指定しない",onlyAttention:"要対応のみ",colTitle:"件名",colProposer:"提案者",colKind:"種類",colStatus:"状態",colSubmitted:"提出日",colAssigned:"担当課（回答期限）",colFlags:"お知らせ",unread:"未読 {n}件",overdue:"回答期限超過",notSubmitted:"未提出",kindFREE:"自由提案",kindCHALLENGE:"課題提案",statusDRAFT:"下書き",statusSUBMITTED:"提出済み",statusIN_DIALOGUE:"対話・庁内調整中",statusACCEPTED:"採択",statusDECLINED:"不採択",statusWITHDRAWN:"取下げ",back:"提案の一覧へ戻る",notFound:"この提案は見つかりません（削除されたか、見る権限がありません）。",secContent:"提案の内容",summary:"概要",body:"内容",desiredScheme:"希望する連携手法",organization:"提案者",resources:"双方が提供するもの（リソース）",resourcesCaption:"提供リソース（ヒト・モノ・カネ・情報）",side:"提供する側",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",merits:"期待されるメリット",meritFor:"{side}のメリット",contact:"連絡先",affiliation:"所属",contactName:"氏名",phone:"電話番号",email:"メールアドレス",none:"（なし）",dates:"日付",submittedAt:"提出日時",decidedAt:"採否の決定日時",createdAt:"作成日時",secAttachments:"添付ファイル",download:"{name} をダウンロード",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",noAttachments:"添付ファイルはありません。",onMessage:"（対話のメッセージに添付）",attach:"ファイルを添付",attachFile:"添付するファイル",attached:"{name} を添付しました。",secAssignments:"担当課への検討依頼",noAssignments:"担当課への依頼はまだありません。",assignmentsCaption:"担当課への依頼と回答",dueOn:"回答期限",feasible:"実施可否",feasibleYes:"実施可能",feasibleNo:"実施困難",notAnswered:"未回答",answered:"回答済み",opinion:"意見",respondedAt:"回答日時",secDialogue:"対話",dialogueHelp:"提案者とのメッセージは提案者にも見えます。庁内メモは職員（デスク・担当課）だけが見られます。",noMessages:"メッセージはまだありません。",sharedMessage:"提案者とのメッセージ",internalNote:"庁内メモ",internalNoteHint:"提案者には見えません",postKind:"投稿の種類",postBody:"本文",post:"投稿する",posted:"投稿しました。",postedNote:"庁内メモを投稿しました。",secHistory:"履歴",historyCaption:"提案の履歴",colWhen:"日時",colAction:"操作",colChange:"状態の変化",colActor:"行為者",colReason:"理由・内容",actCREATE:"作成",actUPDATE:"更新",actSUBMIT:"提出",actASSIGN:"担当課へ依頼",actRESPOND:"担当課が回答",actDECIDE:"採否の決定",actWITHDRAW:"取下げ",actLINK:"事業・協定の結び付け",actorPROPOSER:"提案者",actorDEPARTMENT:"担当課",actorDESK:"デスク",secActions:"手続き",noActions:"この提案に対して、いまあなたができる手続きはありません。",assignTitle:"担当課に検討を依頼する",assignHelp:"依頼する担当課を選び、回答期限を決めます。",assignDepartments:"依頼する担当課",assignDue:"回答期限（省略可）",assignSubmit:"依頼する",assigned:"担当課に依頼しました。",assignPick:"担当課を1つ以上選んでください。",respondTitle:"検討結果を回答する",respondOpinion:"意見",respondFeasible:"実施可否",respondSubmit:"回答する",responded:"回答しました。",opinionRequired:"意見を入力してください。",decideTitle:"採否を決める",decision:"採否",decideAccept:"採択する",decideDecline:"不採択とする",reason:"理由",reasonHelp:"理由は提案者にも伝わります。",reasonRequired:"理由を入力してください。",decideSubmit:"決定する",decideConfirm:"「{title}」を{decision}。よろしいですか？",decideConfirmTitle:"採否の確認",decided:"採否を決定しました。",linkTitle:"成果の事業・協定を結び付ける",linkHelp:"採択した提案から生まれた連携事業・協定を選ぶか、新しく下書きを作ります。",linkProject:"連携事業",linkAgreement:"連携協定",linkExisting:"既存のものを選ぶ",linkNew:"新しく下書きを作る",linkNone:"結び付けない",linkPick:"選択してください",newKind:"種類",newTitle:"名称（省略時は提案の件名）",linkSubmit:"結び付ける",linked:"結び付けました。",linkNothing:"事業か協定を1つ以上指定してください。",currentProject:"結び付いた連携事業",currentAgreement:"結び付いた連携協定",projPARTNERSHIP:"パートナーシップ事業",projDEMONSTRATION:"実証実験サポート事業",agrBUSINESS:"事業連携協定",agrCOMPREHENSIVE:"包括連携協定",agrMEMORANDUM:"覚書"},{navInbox:"Proposals",inboxTitle:"Proposal inbox",inboxCaption:"Proposals",attentionTitle:"Needs attention",attentionHelp:"Proposals with unread dialogue, and proposals whose department answer is overdue.",attentionCaption:"Proposals needing attention",attentionNone:"Nothing needs attention.",homeAttention:"{n} proposals need your attention (unread dialogue, overdue answers).",statusTabs:"Filter by status",all:"All",filters:"Filters",search:"Keywords (title, summary, body)",kind:"Kind",challenge:"Challenge answered",department:"Department",submittedFrom:"Submitted from",submittedTo:"Submitted until",submittedRange:"Submission date",apply:"Apply",reset:"Clear filters",any:"Any",onlyAttention:"Needs attention only",colTitle:"Title",colProposer:"Proposer",colKind:"Kind",colStatus:"Status",colSubmitted:"Submitted",colAssigned:"Departments (due)",colFlags:"Alerts",unread:"{n} unread",overdue:"Overdue",notSubmitted:"Not submitted",kindFREE:"Free proposal",kindCHALLENGE:"Challenge proposal",statusDRAFT:"Draft",statusSUBMITTED:"Submitted",statusIN_DIALOGUE:"In dialogue",statusACCEPTED:"Accepted",statusDECLINED:"Declined",statusWITHDRAWN:"Withdrawn",back:"Back to the proposals",notFound:"This proposal was not found (deleted, or you may not see it).",secContent:"Proposal",summary:"Summary",body:"Details",desiredScheme:"Desired scheme",organization:"Proposer",resources:"What each side contributes",resourcesCaption:"Resources (people, goods, money, information)",side:"Side",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",merits:"Expected merits",meritFor:"For the {side}",contact:"Contact",affiliation:"Affiliation",contactName:"Name",phone:"Phone",email:"Email",none:"(none)",dates:"Dates",submittedAt:"Submitted",decidedAt:"Decided",createdAt:"Created",secAttachments:"Attachments",download:"Download {name}",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",noAttachments:"No attachments.",onMessage:"(attached to a message)",attach:"Attach a file",attachFile:"File to attach",attached:"Attached {name}.",secAssignments:"Requests to departments",noAssignments:"No department has been asked yet.",assignmentsCaption:"Requests and answers",dueOn:"Due",feasible:"Feasible",feasibleYes:"Feasible",feasibleNo:"Not feasible",notAnswered:"Not answered",answered:"Answered",opinion:"Opinion",respondedAt:"Answered",secDialogue:"Dialogue",dialogueHelp:"Messages are seen by the proposer. Internal notes are seen by staff (desk and departments) only.",noMessages:"No messages yet.",sharedMessage:"Message to the proposer",internalNote:"Internal note",internalNoteHint:"not shown to the proposer",postKind:"Kind of post",postBody:"Text",post:"Post",posted:"Posted.",postedNote:"Internal note posted.",secHistory:"History",historyCaption:"History of the proposal",colWhen:"When",colAction:"Action",colChange:"Status change",colActor:"By",colReason:"Reason / detail",actCREATE:"Created",actUPDATE:"Updated",actSUBMIT:"Submitted",actASSIGN:"Assigned to departments",actRESPOND:"Department answered",actDECIDE:"Decided",actWITHDRAW:"Withdrawn",actLINK:"Linked to project/agreement",actorPROPOSER:"Proposer",actorDEPARTMENT:"Department",actorDESK:"Desk",secActions:"Actions",noActions:"There is nothing you can do on this proposal now.",assignTitle:"Ask departments to review",assignHelp:"Choose the departments and a due date for their answer.",assignDepartments:"Departments to ask",assignDue:"Due date (optional)",assignSubmit:"Send request",assigned:"The departments were asked.",assignPick:"Choose at least one department.",respondTitle:"Answer the request",respondOpinion:"Opinion",respondFeasible:"Feasible?",respondSubmit:"Send answer",responded:"Answer sent.",opinionRequired:"Please write an opinion.",decideTitle:"Decide",decision:"Decision",decideAccept:"Accept",decideDecline:"Decline",reason:"Reason",reasonHelp:"The proposer sees the reason.",reasonRequired:"Please give a reason.",decideSubmit:"Decide",decideConfirm:'Decide "{title}": {decision}. Continue?',decideConfirmTitle:"Confirm the decision",decided:"Decision recorded.",linkTitle:"Link the resulting project or agreement",linkHelp:"Choose the project or agreement that came from this accepted proposal, or create a draft.",linkProject:"Project",linkAgreement:"Agreement",linkExisting:"Choose an existing one",linkNew:"Create a draft",linkNone:"Do not link",linkPick:"Choose",newKind:"Kind",newTitle:"Title (the proposal's title when empty)",linkSubmit:"Link",linked:"Linked.",linkNothing:"Give a project or an agreement.",currentProject:"Linked project",currentAgreement:"Linked agreement",projPARTNERSHIP:"Partnership project",projDEMONSTRATION:"Supported field trial",agrBUSINESS:"Business agreement",agrCOMPREHENSIVE:"Comprehensive agreement",agrMEMORANDUM:"Memorandum"});var yi=D(`
  query Viewer {
    me {
      id
      displayName
      role
      email
      department {
        id
        name
      }
    }
    municipality {
      name
      deskName
    }
    permissions {
      resource
      action
      scope
    }
  }
`);function oe(t,n){return n?t.permissions.some(r=>r.resource===n.resource&&r.action===n.action):!0}var Ht=fn(null);function ye(){let t=wn(Ht);if(!t)throw new Error("useViewer outside a signed-in app");return t}var Jo=Symbol.for("pv"),Xo=0;function e(t,n,r,o,i,d){n||(n={});var l,a,f=n;if("ref"in f&&typeof t!="function")for(a in f={},n)a=="ref"?l=n[a]:f[a]=n[a];var m={type:t,props:f,key:r,ref:l,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Jo,__v:--Xo,__i:-1,__u:0};return(i||d)&&(m.__source=i,m.__self=d),W.vnode&&W.vnode(m),m}var Zo=D(`
  query HomeAttention {
    proposals(first: 0, filter: { needsAttention: true }) {
      totalCount
    }
  }
`);function hi(){let t=ye(),n=oe(t,{resource:"proposal",action:"read"}),r=N(Zo,{},!n),o=r.data?.proposals.totalCount??0,i=Ze.filter(d=>d.nav&&d.path!=="/"&&oe(t,d.permission)).sort((d,l)=>d.nav.order-l.nav.order);return e("section",{children:[e("h1",{children:b("home")}),e("p",{children:[t.municipality.deskName," — ",t.me.displayName]}),n&&r.data&&e("p",{class:o>0?"banner banner-notice":"muted","data-testid":"home-attention",children:o>0?e("a",{href:R("/proposals",{attention:"1"}),children:g("homeAttention",{n:o})}):g("attentionNone")}),e("ul",{class:"tiles",children:i.map(d=>e("li",{children:e("a",{class:"tile",href:R(d.path),children:d.nav.label()})},d.path))})]})}var ft="Asia/Tokyo",ea=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:ft}),ta=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}),na=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",timeZone:ft}),bi=new Intl.DateTimeFormat("ja-JP",{hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:ft}),ra=new Intl.DateTimeFormat("en-GB",{year:"numeric",month:"short",day:"numeric",timeZone:ft});function Di(t){return t.replace(/(\D)1年/,"$1元年")}function H(t){if(!t)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(!n)return t;let r=new Date(Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3])));return ge()==="en"?t:`${Di(ta.format(r))}（${t}）`}function E(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return t;let r=na.format(n);return ge()==="en"?`${ra.format(n)} ${bi.format(n)}`:`${Di(ea.format(n))}（${r}）${bi.format(n)}`}function F({tone:t="neutral",icon:n,children:r,testid:o}){return e("span",{class:`badge badge-${t}`,"data-testid":o,children:[n&&e("span",{"aria-hidden":"true",children:[n," "]}),r]})}function $({error:t,onRetry:n,retryLabel:r}){return t?e("div",{class:"banner banner-error",role:"alert",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:On(t)}),n&&e("button",{type:"button",class:"btn btn-small",onClick:n,children:r})]}):null}function B({children:t}){return t?e("div",{class:"banner banner-notice",role:"status",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"✓"}),e("span",{children:t})]}):null}function j({label:t}){return e("p",{class:"loading",role:"status","aria-live":"polite",children:t})}function I({variant:t="secondary",busy:n,disabled:r,children:o,type:i,...d}){return e("button",{...d,type:i??"button",class:`btn btn-${t}`,disabled:r||n,"aria-busy":n?"true":void 0,children:o})}function Kt({id:t,label:n,required:r}){return e("label",{for:t,children:[n,r&&e("span",{class:"required",children:[" （",b("required"),"）"]})]})}function yt(t,n,r){return[n?`${t}-help`:"",r?`${t}-err`:""].filter(Boolean).join(" ")||void 0}function ht({id:t,help:n,error:r}){return e(T,{children:[n&&e("p",{class:"help",id:`${t}-help`,children:n}),r&&e("p",{class:"field-error",id:`${t}-err`,children:r})]})}function w(t){let n=ae();return e("div",{class:"field",children:[e(Kt,{id:n,label:t.label,required:t.required}),e("input",{id:n,name:t.name,type:t.type??"text",value:t.value,required:t.required,autocomplete:t.autocomplete,maxLength:t.maxLength,"aria-invalid":t.error?"true":void 0,"aria-describedby":yt(n,t.help,t.error),"data-testid":t.testid,onInput:r=>t.onInput(r.currentTarget.value)}),e(ht,{id:n,help:t.help,error:t.error})]})}function J(t){let n=ae();return e("div",{class:"field",children:[e(Kt,{id:n,label:t.label,required:t.required}),e("textarea",{id:n,name:t.name,rows:t.rows??4,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":yt(n,t.help,t.error),"data-testid":t.testid,onInput:r=>t.onInput(r.currentTarget.value)}),e(ht,{id:n,help:t.help,error:t.error})]})}function O(t){let n=ae();return e("div",{class:"field",children:[e(Kt,{id:n,label:t.label,required:t.required}),e("select",{id:n,name:t.name,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":yt(n,t.help,t.error),"data-testid":t.testid,onChange:r=>t.onChange(r.currentTarget.value),children:t.options.map(r=>e("option",{value:r.value,children:r.label},r.value))}),e(ht,{id:n,help:t.help,error:t.error})]})}function bt(t){let n=ae();return e("div",{class:"field field-check",children:[e("input",{id:n,type:"checkbox",name:t.name,checked:t.checked,"aria-describedby":yt(n,t.help,t.error),"data-testid":t.testid,onChange:r=>t.onChange(r.currentTarget.checked)}),e("label",{for:n,children:t.label}),e(ht,{id:n,help:t.help,error:t.error})]})}function Y({legend:t,children:n,class:r}){return e("fieldset",{class:`fieldset ${r??""}`,children:[e("legend",{children:t}),n]})}function X(t){let[n,r]=y([]);ee(()=>r([]),[t.resetKey]);let o=t.page?.edges??[],i=n.length*t.pageSize+1;return e("div",{class:"table-wrap",children:[e("table",{class:"table","data-testid":t.testid,children:[e("caption",{children:t.caption}),e("thead",{children:e("tr",{children:t.columns.map(d=>e("th",{scope:"col",class:d.class,children:d.header}))})}),e("tbody",{children:[o.length===0&&e("tr",{children:e("td",{colSpan:t.columns.length,children:b("empty")})}),o.map(d=>e("tr",{children:t.columns.map(l=>e("td",{class:l.class,children:l.cell(d.node)}))},t.rowKey(d.node)))]})]}),t.page&&e("nav",{class:"pager","aria-label":t.caption,children:[e("span",{role:"status",children:o.length>0?b("pageInfo",{from:i,to:i+o.length-1,n:t.page.totalCount}):b("totalCount",{n:t.page.totalCount})}),e(I,{disabled:n.length===0,onClick:()=>{let d=n.slice(0,-1);r(d),t.onAfter(n[n.length-1]??null)},children:["← ",b("prev")]}),e(I,{disabled:!t.page.pageInfo.hasNextPage,onClick:()=>{r([...n,t.after]),t.onAfter(t.page?.pageInfo.endCursor??null)},children:[b("next")," →"]})]})]})}function ia(t){return g(`status${t}`)}function Oe(t){return g(`kind${t}`)}var oa={DRAFT:"neutral",SUBMITTED:"info",IN_DIALOGUE:"warning",ACCEPTED:"success",DECLINED:"danger",WITHDRAWN:"neutral"};function Dt({status:t}){return e(F,{tone:oa[t],testid:"proposal-status",children:ia(t)})}var Ci=["SUBMITTED","IN_DIALOGUE","ACCEPTED","DECLINED","WITHDRAWN","DRAFT"];function vi(t){return t<1024?g("bytes",{n:t}):t<1024*1024?g("kb",{n:(t/1024).toFixed(1)}):g("mb",{n:(t/1024/1024).toFixed(1)})}D(`
  fragment InboxRow on Proposal {
    id
    title
    kind
    status
    submittedAt
    unreadMessageCount
    overdue
    organization {
      name
    }
    challenge {
      title
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      respondedAt
    }
  }
`);var Ai=D(`
  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...InboxRow
        }
      }
    }
  }
`),aa=D(`
  query InboxOptions {
    municipality {
      departments {
        id
        name
        parent {
          id
        }
      }
    }
    challenges(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`),Ct=20,sa=["status","kind","challenge","department","from","to","q","attention"];function da(t){let n={};for(let r of sa){let o=t.get(r);o&&(n[r]=o)}return n}function la(t){let n={};return t.status&&(n.status=t.status),t.kind&&(n.kind=t.kind),t.challenge&&(n.challengeId=t.challenge),t.department&&(n.departmentId=t.department),(t.from||t.to)&&(n.submittedOn={from:t.from||null,to:t.to||null}),t.q&&(n.search=t.q),t.attention&&(n.needsAttention=!0),n}function ua(t){let n=new Map;return t.map(r=>{let o=r.parent?(n.get(r.parent.id)??0)+1:0;return n.set(r.id,o),{value:r.id,label:`${"　".repeat(o)}${r.name}`}})}function ki({query:t}){let n=da(t),[r,o]=y(n),i=la(n),d=JSON.stringify(i),[l,a]=y({key:d,after:null}),f=l.key===d?l.after:null,m=C=>a({key:d,after:C}),p=N(Ai,{first:Ct,after:f,filter:i}),v=N(aa,{}),h=C=>A=>o({...r,[C]:A}),u=C=>{m(null),re("/proposals",C)},P=ca();return e("section",{children:[e("h1",{children:g("inboxTitle")}),!n.attention&&e(pa,{columns:P}),e("h2",{class:"visually-hidden",children:g("inboxCaption")}),e("nav",{"aria-label":g("statusTabs"),class:"tabs",children:e("ul",{children:[e("li",{children:e("a",{href:R("/proposals",{...n,status:void 0}),"aria-current":n.status?void 0:"page",children:g("all")})}),Ci.map(C=>e("li",{children:e("a",{href:R("/proposals",{...n,status:C}),"aria-current":n.status===C?"page":void 0,"data-testid":`status-tab-${C}`,children:g(`status${C}`)})},C))]})}),e("form",{class:"filters",role:"search",onSubmit:C=>{C.preventDefault(),u(r)},children:[e(Y,{legend:g("filters"),class:"filters-grid",children:[e(w,{label:g("search"),type:"search",value:r.q??"",onInput:h("q"),testid:"filter-search"}),e(O,{label:g("kind"),value:r.kind??"",onChange:h("kind"),options:[{value:"",label:g("any")},...["FREE","CHALLENGE"].map(C=>({value:C,label:Oe(C)}))]}),e(O,{label:g("challenge"),value:r.challenge??"",onChange:h("challenge"),options:[{value:"",label:g("any")},...v.data?.challenges.edges.map(C=>({value:C.node.id,label:C.node.title}))??[]]}),e(O,{label:g("department"),value:r.department??"",onChange:h("department"),options:[{value:"",label:g("any")},...ua(v.data?.municipality.departments??[])],testid:"filter-department"}),e(w,{label:g("submittedFrom"),type:"date",value:r.from??"",onInput:h("from")}),e(w,{label:g("submittedTo"),type:"date",value:r.to??"",onInput:h("to")}),e(bt,{label:g("onlyAttention"),checked:!!r.attention,onChange:C=>o({...r,attention:C?"1":void 0}),testid:"filter-attention"})]}),e("div",{class:"actions",children:[e(I,{type:"submit",variant:"primary","data-testid":"filter-apply",children:g("apply")}),e(I,{onClick:()=>{o({}),u({})},children:g("reset")})]})]}),e($,{error:p.error,onRetry:()=>{p.reload()},retryLabel:b("retry")}),p.loading&&!p.data&&e(j,{label:b("loading")}),p.data&&e(X,{caption:g("inboxCaption"),columns:P,page:p.data.proposals,after:f,onAfter:m,resetKey:d,rowKey:C=>C.id,pageSize:Ct,testid:"inbox-table"})]})}function pa({columns:t}){let[n,r]=y(null),o=N(Ai,{first:Ct,after:n,filter:{needsAttention:!0}});return e("section",{class:"attention","aria-labelledby":"attention-title","data-testid":"attention",children:[e("h2",{id:"attention-title",children:g("attentionTitle")}),e("p",{class:"help",children:g("attentionHelp")}),e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:b("retry")}),o.data&&(o.data.proposals.totalCount===0?e("p",{class:"muted",children:g("attentionNone")}):e(X,{caption:g("attentionCaption"),columns:t,page:o.data.proposals,after:n,onAfter:r,resetKey:"attention",rowKey:i=>i.id,pageSize:Ct,testid:"attention-table"}))]})}function ca(){return[{header:g("colTitle"),cell:t=>e("a",{href:R(`/proposals/${encodeURIComponent(t.id)}`),"data-testid":"proposal-link",children:t.title})},{header:g("colProposer"),cell:t=>t.organization?.name??""},{header:g("colKind"),cell:t=>t.kind==="CHALLENGE"&&t.challenge?`${Oe(t.kind)}：${t.challenge.title}`:Oe(t.kind)},{header:g("colStatus"),cell:t=>e(Dt,{status:t.status})},{header:g("colSubmitted"),cell:t=>t.submittedAt?E(t.submittedAt):g("notSubmitted")},{header:g("colFlags"),cell:t=>e(T,{children:[t.overdue&&e(F,{tone:"danger",icon:"!",children:g("overdue")})," ",t.unreadMessageCount>0&&e(F,{tone:"warning",icon:"●",children:g("unread",{n:t.unreadMessageCount})})]})},{header:g("colAssigned"),cell:t=>e("ul",{class:"plain",children:t.assignments.map(n=>e("li",{children:[n.department.name,n.dueOn&&`（${H(n.dueOn)}）`,n.respondedAt&&e(F,{tone:"success",children:g("answered")})]},n.department.id))})}]}function ie(t){let n=Ae(null),r=ae(),o=Ae(null);return ee(()=>{let i=n.current;i&&(t.open&&!i.open?(o.current=document.activeElement,i.showModal()):!t.open&&i.open&&(i.close(),o.current instanceof HTMLElement&&o.current.focus()))},[t.open]),e("dialog",{ref:n,class:"dialog","aria-labelledby":r,onCancel:i=>{i.preventDefault(),t.onCancel()},children:[e("h2",{id:r,children:t.title}),e("div",{class:"dialog-body",children:t.children}),e("div",{class:"actions",children:[e(I,{variant:t.danger?"danger":"primary",busy:t.busy,onClick:t.onConfirm,"data-testid":"confirm-ok",children:t.confirmLabel??b("ok")}),e(I,{onClick:t.onCancel,children:b("cancel")})]})]})}function Wt(t){return new Set(t.viewerActions)}var ma=D(`
  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),ga=D(`
  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),fa=D(`
  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
    decideProposal(id: $id, decision: $decision, reason: $reason) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),ya=D(`
  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),ha=D(`
  query ProposalAssignDepartments {
    municipality {
      departments {
        id
        name
        kind
        parent {
          id
        }
      }
    }
  }
`),ba=D(`
  query ProposalLinkOutcomes {
    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);function Ii({p:t,actions:n,notice:r,onChange:o}){let i=["ASSIGN","RESPOND","DECIDE","LINK"].some(d=>n.has(d));return e("div",{class:"panel",children:[e("h2",{id:"actions-title",children:g("secActions")}),e(B,{children:r}),!i&&e("p",{class:"muted",children:g("noActions")}),n.has("ASSIGN")&&e(Da,{p:t,onChange:o}),n.has("RESPOND")&&e(Ca,{p:t,onChange:o}),n.has("DECIDE")&&e(va,{p:t,onChange:o}),n.has("LINK")&&e(Aa,{p:t,onChange:o})]})}function Da({p:t,onChange:n}){let r=N(ha,{}),[o,i]=y(new Set),[d,l]=y(""),[a,f]=y(!1),m=L(async()=>{let u=await x(ma,{id:t.id,departmentIds:[...o],dueOn:d||null});i(new Set),n(u.assignProposal.proposal,g("assigned"))}),p=new Set(t.assignments.map(u=>u.department.id)),v=new Map,h=(r.data?.municipality.departments??[]).map(u=>{let P=u.parent?(v.get(u.parent.id)??0)+1:0;return v.set(u.id,P),{...u,depth:Math.min(P,3)}});return e("section",{class:"action","aria-labelledby":"assign-title","data-testid":"assign-form",children:[e("h3",{id:"assign-title",children:g("assignTitle")}),e("p",{class:"help",children:g("assignHelp")}),e("form",{onSubmit:u=>{if(u.preventDefault(),o.size===0){f(!0);return}f(!1),m.run()},children:[e(Y,{legend:g("assignDepartments"),class:"tree",children:[e($,{error:r.error}),e("ul",{class:"plain",children:h.map(u=>e("li",{class:`depth-${u.depth}`,children:e("label",{class:"check",children:[e("input",{type:"checkbox",checked:p.has(u.id)||o.has(u.id),disabled:p.has(u.id),onChange:P=>{let C=new Set(o);P.currentTarget.checked?C.add(u.id):C.delete(u.id),i(C)}})," ",u.name]})},u.id))}),a&&e("p",{class:"field-error",role:"alert",children:g("assignPick")})]}),e(w,{label:g("assignDue"),type:"date",value:d,onInput:l,testid:"assign-due"}),e($,{error:m.error}),e(I,{type:"submit",variant:"primary",busy:m.busy,"data-testid":"assign-submit",children:g("assignSubmit")})]})]})}function Ca({p:t,onChange:n}){let[r,o]=y(""),[i,d]=y(""),[l,a]=y(!1),f=L(async()=>{let m=await x(ga,{id:t.id,opinion:r,feasible:i==="yes"});n(m.respondToAssignment.proposal,g("responded"))});return e("section",{class:"action","aria-labelledby":"respond-title","data-testid":"respond-form",children:[e("h3",{id:"respond-title",children:g("respondTitle")}),e("form",{onSubmit:m=>{m.preventDefault(),a(!0),!(!r.trim()||!i)&&f.run()},children:[e(Y,{legend:g("respondFeasible"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"yes",checked:i==="yes",onChange:()=>d("yes"),"data-testid":"respond-feasible-yes"})," ",g("feasibleYes")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"no",checked:i==="no",onChange:()=>d("no"),"data-testid":"respond-feasible-no"})," ",g("feasibleNo")]}),l&&!i&&e("p",{class:"field-error",children:g("respondFeasible")})]}),e(J,{label:g("respondOpinion"),required:!0,value:r,onInput:o,error:l&&!r.trim()?g("opinionRequired"):void 0,testid:"respond-opinion"}),e($,{error:f.error}),e(I,{type:"submit",variant:"primary",busy:f.busy,"data-testid":"respond-submit",children:g("respondSubmit")})]})]})}function va({p:t,onChange:n}){let[r,o]=y(""),[i,d]=y(""),[l,a]=y(!1),[f,m]=y(!1),p=L(async()=>{if(!r)return;let h=await x(fa,{id:t.id,decision:r,reason:i});m(!1),n(h.decideProposal.proposal,g("decided"))}),v=r==="ACCEPTED"?g("decideAccept"):g("decideDecline");return e("section",{class:"action","aria-labelledby":"decide-title","data-testid":"decide-form",children:[e("h3",{id:"decide-title",children:g("decideTitle")}),e("form",{onSubmit:h=>{h.preventDefault(),a(!0),!(!r||!i.trim())&&m(!0)},children:[e(Y,{legend:g("decision"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"ACCEPTED",checked:r==="ACCEPTED",onChange:()=>o("ACCEPTED"),"data-testid":"decide-accept"})," ",g("decideAccept")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"DECLINED",checked:r==="DECLINED",onChange:()=>o("DECLINED"),"data-testid":"decide-decline"})," ",g("decideDecline")]}),l&&!r&&e("p",{class:"field-error",children:g("decision")})]}),e(J,{label:g("reason"),help:g("reasonHelp"),required:!0,value:i,onInput:d,error:l&&!i.trim()?g("reasonRequired"):void 0,testid:"decide-reason"}),e($,{error:p.error}),e(I,{type:"submit",variant:"primary","data-testid":"decide-submit",children:g("decideSubmit")})]}),e(ie,{open:f,title:g("decideConfirmTitle"),confirmLabel:v,danger:r==="DECLINED",busy:p.busy,onConfirm:()=>{p.run()},onCancel:()=>m(!1),children:[e("p",{children:g("decideConfirm",{title:t.title,decision:v})}),e("p",{class:"prewrap",children:[g("reason"),"：",i]}),e($,{error:p.error})]})]})}function Aa({p:t,onChange:n}){let r=N(ba,{}),[o,i]=y(""),[d,l]=y(""),[a,f]=y(""),[m,p]=y(""),[v,h]=y("PARTNERSHIP"),[u,P]=y("BUSINESS"),[C,A]=y(""),[q,M]=y(""),[_,S]=y(!1),ce=L(async()=>{let U=await x(ya,{id:t.id,projectId:o==="existing"&&a?a:null,agreementId:d==="existing"&&m?m:null,newProject:o==="new"?{kind:v,title:C.trim()||null}:null,newAgreement:d==="new"?{kind:u,title:q.trim()||null}:null});i(""),l(""),n(U.linkProposalOutcome.proposal,g("linked")),r.reload()}),Qe=[{value:"",label:g("linkNone")},{value:"existing",label:g("linkExisting")},{value:"new",label:g("linkNew")}],we={value:"",label:g("linkPick")};return e("section",{class:"action","aria-labelledby":"link-title","data-testid":"link-form",children:[e("h3",{id:"link-title",children:g("linkTitle")}),e("p",{class:"help",children:g("linkHelp")}),e($,{error:r.error}),e("form",{onSubmit:U=>{U.preventDefault();let ze=o==="existing"&&a||o==="new"||d==="existing"&&m||d==="new";S(!ze),ze&&ce.run()},children:[e(Y,{legend:g("linkProject"),children:[e(O,{label:g("linkProject"),value:o,onChange:U=>i(U),options:Qe,testid:"link-project-mode"}),o==="existing"&&e(O,{label:g("linkPick"),value:a,onChange:f,options:[we,...r.data?.projects.edges.map(U=>({value:U.node.id,label:U.node.title}))??[]],testid:"link-project"}),o==="new"&&e(T,{children:[e(O,{label:g("newKind"),value:v,onChange:U=>h(U),options:["PARTNERSHIP","DEMONSTRATION"].map(U=>({value:U,label:g(`proj${U}`)}))}),e(w,{label:g("newTitle"),value:C,onInput:A})]})]}),e(Y,{legend:g("linkAgreement"),children:[e(O,{label:g("linkAgreement"),value:d,onChange:U=>l(U),options:Qe,testid:"link-agreement-mode"}),d==="existing"&&e(O,{label:g("linkPick"),value:m,onChange:p,options:[we,...r.data?.agreements.edges.map(U=>({value:U.node.id,label:U.node.title}))??[]],testid:"link-agreement"}),d==="new"&&e(T,{children:[e(O,{label:g("newKind"),value:u,onChange:U=>P(U),options:["BUSINESS","COMPREHENSIVE","MEMORANDUM"].map(U=>({value:U,label:g(`agr${U}`)}))}),e(w,{label:g("newTitle"),value:q,onInput:M})]})]}),_&&e("p",{class:"field-error",role:"alert",children:g("linkNothing")}),e($,{error:ce.error}),e(I,{type:"submit",variant:"primary",busy:ce.busy,"data-testid":"link-submit",children:g("linkSubmit")})]})]})}var ka=D(`
  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Ia=D(`
  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`);function $i({p:t,actions:n,onChange:r,onReload:o}){let i=n.has("MESSAGE"),d=n.has("INTERNAL_NOTE"),[l,a]=y(!i&&d),[f,m]=y(""),[p,v]=y(""),h=L(async()=>{let A=await x(ka,{proposalId:t.id,body:f,internal:l});m(""),v(l?g("postedNote"):g("posted")),r(A.postProposalMessage.proposal)}),[u,P]=y(null),C=L(async A=>{if(!u)return;let q=await mt(Ia,{proposalId:t.id,file:null},[{path:"variables.file",file:u}]);P(null),A.reset(),v(g("attached",{name:q.attachFile.fileName})),await o()});return e("section",{"aria-labelledby":"sec-dialogue",children:[e("h2",{id:"sec-dialogue",children:g("secDialogue")}),e("p",{class:"help",children:g("dialogueHelp")}),t.messages.length===0?e("p",{class:"muted",children:g("noMessages")}):e("ol",{class:"messages","data-testid":"messages",children:t.messages.map(A=>e("li",{class:A.internal?"msg msg-internal":"msg msg-shared","data-testid":A.internal?"internal-note":"shared-message",children:[e("div",{class:"msg-head",children:[A.internal?e(F,{tone:"internal",icon:"✎",children:[g("internalNote"),"（",g("internalNoteHint"),"）"]}):e(F,{tone:"info",icon:"✉",children:g("sharedMessage")}),e("span",{class:"msg-author",children:Qt(A.author)}),e("time",{class:"muted",dateTime:A.createdAt,children:E(A.createdAt)})]}),e("p",{class:"prewrap",children:A.body})]},A.id))}),e(B,{children:p}),(i||d)&&e("form",{class:"post-form",onSubmit:A=>{A.preventDefault(),v(""),h.run()},children:[i&&d&&e(Y,{legend:g("postKind"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"post-kind",checked:!l,onChange:()=>a(!1),"data-testid":"post-shared"}),e("span",{"aria-hidden":"true",children:"✉ "}),g("sharedMessage")]}),e("label",{class:"radio radio-internal",children:[e("input",{type:"radio",name:"post-kind",checked:l,onChange:()=>a(!0),"data-testid":"post-internal"}),e("span",{"aria-hidden":"true",children:"✎ "}),g("internalNote"),"（",g("internalNoteHint"),"）"]})]}),e(J,{label:l?`${g("postBody")}（${g("internalNote")}）`:`${g("postBody")}（${g("sharedMessage")}）`,required:!0,value:f,onInput:m,rows:4,testid:"post-body"}),e($,{error:h.error}),e(I,{type:"submit",variant:"primary",busy:h.busy,disabled:!f.trim(),"data-testid":"post-submit",children:g("post")})]}),n.has("ATTACH")&&e("form",{class:"attach-form",onSubmit:A=>{A.preventDefault(),v(""),C.run(A.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:"attach-file",children:g("attachFile")}),e("input",{id:"attach-file",type:"file","data-testid":"attach-file",onChange:A=>P(A.currentTarget.files?.[0]??null)})]}),e($,{error:C.error}),e(I,{type:"submit",busy:C.busy,disabled:!u,children:g("attach")})]})]})}D(`
  fragment ProposalPageFields on Proposal {
    id
    kind
    title
    viewerActions
    unreadMessageCount
    overdue
    summary
    body
    desiredScheme
    status
    version
    submittedAt
    decidedAt
    createdAt
    challenge {
      id
      title
    }
    organization {
      name
    }
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    contact {
      affiliation
      name
      email
      phone
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      opinion
      feasible
      respondedAt
    }
    messages {
      id
      body
      internal
      createdAt
      author {
        kind
        displayName
        department {
          name
        }
      }
    }
    history {
      action
      from
      to
      reason
      at
      actor {
        kind
        displayName
        department {
          name
        }
      }
    }
    attachments {
      id
      fileName
      contentType
      size
      messageId
      downloadUrl
      createdAt
    }
    project {
      id
      title
    }
    agreement {
      id
      title
    }
  }
`);var $a=D(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalPageFields
    }
  }
`),Pa=D(`
  mutation ProposalMarkRead($id: ID!) {
    markProposalRead(id: $id) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Pi=["CITY","PARTNER"],Si=["PEOPLE","GOODS","MONEY","INFORMATION"],Sa=new Set(["CREATE","UPDATE","SUBMIT","ASSIGN","RESPOND","DECIDE","WITHDRAW","LINK"]);function Qt(t){if(!t)return"";let n=g(`actor${t.kind}`),r=[t.department?.name,t.displayName].filter(Boolean).join(" ");return r?`${n}：${r}`:n}function wi({params:t}){let n=t.id,r=N($a,{id:n}),[o,i]=y(null),d=o??r.data?.proposal??null,[l,a]=y(""),f=(h,u)=>{i(h),a(u??"")},m=async()=>{i(null),await r.reload()},p=Ae(!1),v=r.data?.proposal;return ee(()=>{!v||p.current||v.unreadMessageCount===0||!v.viewerActions.includes("MARK_READ")||(p.current=!0,x(Pa,{id:v.id}).then(h=>i(h.markProposalRead.proposal)).catch(()=>{}))},[v]),e("article",{class:"proposal",children:[e("p",{children:e("a",{href:R("/proposals"),children:["← ",g("back")]})}),e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:b("retry")}),r.loading&&!d&&e(j,{label:b("loading")}),r.data&&!d&&e("p",{class:"banner banner-error",role:"alert",children:g("notFound")}),d&&e(T,{children:[e("header",{class:"proposal-head",children:[e("h1",{"data-testid":"proposal-title",children:d.title}),e("p",{class:"meta",children:[e(Dt,{status:d.status})," ",e(F,{children:Oe(d.kind)}),d.overdue&&e(F,{tone:"danger",icon:"!",testid:"overdue",children:g("overdue")}),d.unreadMessageCount>0&&e(F,{tone:"warning",icon:"●",testid:"unread",children:g("unread",{n:d.unreadMessageCount})}),d.challenge&&e("span",{children:[" ",d.challenge.title]})]}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:g("organization")}),e("dd",{children:d.organization?.name??g("none")})]}),e("div",{children:[e("dt",{children:g("submittedAt")}),e("dd",{children:d.submittedAt?E(d.submittedAt):g("notSubmitted")})]}),d.decidedAt&&e("div",{children:[e("dt",{children:g("decidedAt")}),e("dd",{children:E(d.decidedAt)})]}),d.project&&e("div",{children:[e("dt",{children:g("currentProject")}),e("dd",{"data-testid":"linked-project",children:d.project.title})]}),d.agreement&&e("div",{children:[e("dt",{children:g("currentAgreement")}),e("dd",{"data-testid":"linked-agreement",children:d.agreement.title})]})]})]}),e("div",{class:"proposal-grid",children:[e("div",{class:"proposal-main",children:[e(wa,{p:d}),e(xa,{p:d}),e(Ta,{p:d}),e($i,{p:d,actions:Wt(d),onChange:f,onReload:m}),e(Na,{p:d})]}),e("aside",{class:"proposal-side","aria-labelledby":"actions-title",children:e(Ii,{p:d,actions:Wt(d),notice:l,onChange:f})})]})]})]})}function zt({text:t}){return t.trim()?e(T,{children:t.split(/\n{2,}/).map((n,r)=>e("p",{class:"prewrap",children:n},r))}):e("p",{class:"muted",children:g("none")})}function wa({p:t}){return e("section",{"aria-labelledby":"sec-content",children:[e("h2",{id:"sec-content",children:g("secContent")}),e("h3",{children:g("summary")}),e(zt,{text:t.summary}),e("h3",{children:g("body")}),e(zt,{text:t.body}),e("h3",{children:g("desiredScheme")}),e(zt,{text:t.desiredScheme}),e("h3",{children:g("resources")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix","data-testid":"resources-matrix",children:[e("caption",{class:"visually-hidden",children:g("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:g("side")}),Si.map(n=>e("th",{scope:"col",children:g(`res${n}`)},n))]})}),e("tbody",{children:Pi.map(n=>e("tr",{children:[e("th",{scope:"row",children:g(`side${n}`)}),Si.map(r=>{let o=t.resources.filter(i=>i.side===n&&i.kind===r);return e("td",{children:o.length===0?e("span",{class:"muted",children:"—"}):e("ul",{class:"plain",children:o.map((i,d)=>e("li",{children:i.description},d))})},r)})]},n))})]})}),e("h3",{children:g("merits")}),e("div",{class:"merits",children:Pi.map(n=>{let r=t.merits.filter(o=>o.side===n);return e("div",{children:[e("h4",{children:g("meritFor",{side:g(`side${n}`)})}),r.length===0?e("p",{class:"muted",children:g("none")}):e("ul",{children:r.map((o,i)=>e("li",{children:o.description},i))})]},n)})}),t.contact&&e(T,{children:[e("h3",{children:g("contact")}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:g("affiliation")}),e("dd",{children:t.contact.affiliation})]}),e("div",{children:[e("dt",{children:g("contactName")}),e("dd",{children:t.contact.name})]}),e("div",{children:[e("dt",{children:g("email")}),e("dd",{children:t.contact.email})]}),e("div",{children:[e("dt",{children:g("phone")}),e("dd",{children:t.contact.phone})]})]})]})]})}function xa({p:t}){let[n,r]=y(null);return e("section",{"aria-labelledby":"sec-attachments",children:[e("h2",{id:"sec-attachments",children:g("secAttachments")}),e($,{error:n}),t.attachments.length===0?e("p",{class:"muted",children:g("noAttachments")}):e("ul",{class:"files","data-testid":"attachments",children:t.attachments.map(o=>e("li",{children:[e(I,{variant:"link","aria-label":g("download",{name:o.fileName}),onClick:()=>{r(null),gt(o.downloadUrl,o.fileName).catch(r)},children:[e("span",{"aria-hidden":"true",children:"↓ "}),o.fileName]})," ",e("span",{class:"muted",children:[vi(o.size)," ・ ",E(o.createdAt),o.messageId&&` ${g("onMessage")}`]})]},o.id))})]})}function Ta({p:t}){return e("section",{"aria-labelledby":"sec-assignments",children:[e("h2",{id:"sec-assignments",children:g("secAssignments")}),t.assignments.length===0?e("p",{class:"muted",children:g("noAssignments")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"assignments",children:[e("caption",{class:"visually-hidden",children:g("assignmentsCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:g("department")}),e("th",{scope:"col",children:g("dueOn")}),e("th",{scope:"col",children:g("feasible")}),e("th",{scope:"col",children:g("opinion")}),e("th",{scope:"col",children:g("respondedAt")})]})}),e("tbody",{children:t.assignments.map(n=>e("tr",{children:[e("th",{scope:"row",children:n.department.name}),e("td",{children:n.dueOn?H(n.dueOn):"—"}),e("td",{children:n.feasible==null?e(F,{children:g("notAnswered")}):n.feasible?e(F,{tone:"success",icon:"○",children:g("feasibleYes")}):e(F,{tone:"danger",icon:"×",children:g("feasibleNo")})}),e("td",{class:"prewrap",children:n.opinion??""}),e("td",{children:n.respondedAt?E(n.respondedAt):"—"})]},n.department.id))})]})})]})}function Na({p:t}){return e("section",{"aria-labelledby":"sec-history",children:[e("h2",{id:"sec-history",children:g("secHistory")}),e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"history",children:[e("caption",{class:"visually-hidden",children:g("historyCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:g("colWhen")}),e("th",{scope:"col",children:g("colAction")}),e("th",{scope:"col",children:g("colChange")}),e("th",{scope:"col",children:g("colActor")}),e("th",{scope:"col",children:g("colReason")})]})}),e("tbody",{children:t.history.map((n,r)=>e("tr",{children:[e("td",{children:E(n.at)}),e("td",{children:Sa.has(n.action)?g(`act${n.action}`):n.action}),e("td",{children:n.from||n.to?`${n.from?g(`status${n.from}`):""} → ${n.to?g(`status${n.to}`):""}`:""}),e("td",{children:Qt(n.actor)}),e("td",{class:"prewrap",children:n.reason})]},r))})]})})]})}var xi=[{path:"/proposals",component:ki,nav:{label:()=>g("navInbox"),order:100},permission:{resource:"proposal",action:"read"}},{path:"/proposals/:id",component:wi,permission:{resource:"proposal",action:"read"}}];var s=fe({navChallenges:"行政課題",navCaseStudies:"連携事例",navAgreements:"連携協定",navProjects:"連携事業",navAnnouncements:"お知らせ",navMethods:"連携手法",listChallenges:"行政課題の一覧",listCaseStudies:"連携事例の一覧",listAgreements:"連携協定の一覧",listProjects:"連携事業の一覧",listAnnouncements:"お知らせの一覧",listMethods:"その他連携手法の一覧",newChallenge:"行政課題を作成",newCaseStudy:"連携事例を作成",newAgreement:"連携協定を作成",newProject:"連携事業を作成",newAnnouncement:"お知らせを作成",newMethod:"連携手法を追加",editChallenge:"行政課題の編集",editCaseStudy:"連携事例の編集",editAgreement:"連携協定の編集",editProject:"連携事業の編集",editAnnouncement:"お知らせの編集",editMethod:"連携手法の編集",backToList:"一覧へ戻る",filters:"絞り込み",search:"キーワード",searchHelp:"件名・本文などに含まれる語で絞り込みます。",any:"すべて",apply:"絞り込む",clear:"条件を消す",colTitle:"件名・名称",colState:"公開状態",colUpdated:"更新日時",colDepartment:"担当課",colPeriod:"期間",colLocality:"実施自治体",colCategory:"分類",colKind:"種類",colStatus:"状態",colSigned:"締結日",colPosition:"並び順",colKey:"識別子",colName:"名称",stateDRAFT:"下書き",statePUBLISHED:"公開中",stateARCHIVED:"アーカイブ",stateScheduled:"公開予約",publishedAt:"公開日時: {at}",scheduledAt:"{at} に公開予定",version:"版 {n}",title:"件名",name:"名称",background:"背景",desiredOutcome:"求める成果",department:"担当課",noDepartment:"（指定なし）",tags:"分野・タグ",tagsHelp:"読点「、」またはカンマで区切って入力します。",opensAt:"募集開始日時",closesAt:"募集終了日時",isOpen:"募集状況",open:"募集中",closed:"募集していない",locality:"実施自治体",localityHelp:"他の自治体の事例もあります（例: 青森市）。",program:"公民連携の窓口・プログラム名",category:"分類",catPARTNERSHIP:"連携事業",catDEMONSTRATION:"実証実験",catAGREEMENT:"連携協定",catOTHER:"その他",startOn:"開始日",endOn:"終了日",dateNote:"日程（原文）",dateNoteHelp:"「令和7年度中」のように日付で書けない日程を書きます。",summary:"概要",partners:"連携先",parties:"締結先（事業者等）",partnerSearch:"連携先を探す",partnerNone:"該当する連携先がありません。",partnersChosen:"選択中: {names}",resources:"提供リソース",resourcesHelp:"市と事業者等がそれぞれ提供するもの（ヒト・モノ・カネ・情報）を書きます。",resourcesCaption:"提供リソース（行: 種類、列: 提供する側）",kindCol:"種類",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",resCell:"{side}が提供する{kind}",merits:"メリット・期待される効果",meritFor:"{side}のメリット",meritHelp:"1行に1項目を書きます。",agreementKind:"協定の種類",akBUSINESS:"事業連携協定",akCOMPREHENSIVE:"包括連携協定",akMEMORANDUM:"覚書",agreementStatus:"協定の状態",asPLANNED:"締結予定",asACTIVE:"有効",asEXPIRED:"期間満了",asTERMINATED:"解除",purpose:"目的",signedOn:"締結日",termStartOn:"協定期間の開始日",termEndOn:"協定期間の終了日",items:"連携事項",itemsHelp:"1行に1項目を書きます。",projectKind:"事業の種類",pkPARTNERSHIP:"パートナーシップ事業",pkDEMONSTRATION:"実証実験サポート事業",projectStatus:"事業の状態",psPLANNED:"準備中",psONGOING:"実施中",psCOMPLETED:"完了",psCANCELLED:"中止",site:"実施場所",leadDepartment:"担当課",agreement:"根拠となる協定",noAgreement:"（なし）",body:"本文",annCategory:"区分",annCategoryHelp:"例: 募集、イベント、お知らせ",methodKey:"識別子（半角英数字）",methodKeyHelp:"例: pfi。公開サイトのURLなどに使います。",description:"内容",position:"並び順",saveDraft:"保存する",create:"作成する",saved:"保存しました。",created:"作成しました。",conflict:"他の職員が先に更新しました。再読み込みしてください",reloadLatest:"最新の内容を読み込む",secPublication:"公開",publishNow:"今すぐ公開",publishAt:"日時を指定して公開",publishAtLabel:"公開日時",publishAtHelp:"日本時間で指定します。過去の日時を指定すると、すぐに公開されます。",schedule:"公開を予約",unpublish:"公開をやめる（下書きに戻す）",archive:"アーカイブする",published:"公開しました。",scheduled:"公開を予約しました。",unpublished:"下書きに戻しました。",archived:"アーカイブしました。",confirmPublish:"公開しますか？",confirmPublishBody:"「{title}」を公開サイトに掲載します。",confirmUnpublish:"公開をやめますか？",confirmUnpublishBody:"「{title}」を公開サイトから外し、下書きに戻します。",confirmArchive:"アーカイブしますか？",confirmArchiveBody:"「{title}」をアーカイブします。",pendingNotice:"担当課からの変更が承認待ちです。「今すぐ公開」で反映されます。",preview:"プレビュー",previewMake:"プレビュー用リンクを作る",previewLink:"プレビューを開く（{at} まで有効）",previewTitle:"プレビュー（下書き）",previewNote:"この画面は公開前の内容です。公開サイトにはまだ表示されていません。",previewGone:"プレビューの有効期限が切れたか、リンクが正しくありません。編集画面からもう一度リンクを作ってください。",delete:"削除する",confirmDelete:"削除しますか？",confirmDeleteBody:"「{title}」を削除します。削除した直後であれば、この画面で元に戻せます。",deleted:"「{title}」を削除しました。",restoreDeleted:"元に戻す",restored:"元に戻しました。",secRevisions:"変更の履歴（版）",revNumber:"版",revAuthor:"保存した人",revAt:"保存日時",revPending:"承認待ち",revRestore:"この版に戻す",revRestoreNamed:"版{n}に戻す",confirmRevRestore:"版{n}に戻しますか？",confirmRevRestoreBody:"この版の内容を新しい下書きとして保存します。公開中の内容はそのままです。",revRestored:"版{n}を下書きとして復元しました。",revNone:"まだ履歴はありません。",revCaption:"変更の履歴",secMedia:"画像・資料",mediaNone:"画像・資料はまだありません。",mediaCaption:"画像・資料の一覧",mediaFile:"ファイル",mediaFileHelp:"写真（JPEG・PNG）やPDFを選びます。",mediaAlt:"代替テキスト",mediaAltHelp:"画像を見られない人のために、画像の内容を短い文で書きます（例: 駅前広場で清掃活動をする市職員と企業の社員）。",mediaAltFor:"「{file}」の代替テキスト",mediaAltMissing:"代替テキスト未入力",mediaAltSave:"代替テキストを保存",mediaAltSaved:"「{file}」の代替テキストを保存しました。",mediaUpload:"アップロード",mediaUploaded:"「{file}」を追加しました。",mediaChoose:"ファイルを選んでください。",mediaAskAlt:"画像には代替テキストを入力してください。",mediaDelete:"削除",mediaDeleteNamed:"「{file}」を削除",confirmMediaDelete:"「{file}」を削除しますか？",mediaDeleted:"「{file}」を削除しました。",mediaType:"種類",mediaSize:"大きさ",mediaOps:"操作",mediaAfterCreate:"画像・資料は、保存した後に追加できます。",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",notAllowed:"この画面を使う権限がありません。",none:"なし",saveFirst:"まず保存してください。"},{navChallenges:"Challenges",navCaseStudies:"Case studies",navAgreements:"Agreements",navProjects:"Projects",navAnnouncements:"Announcements",navMethods:"Collaboration methods",listChallenges:"Challenges",listCaseStudies:"Case studies",listAgreements:"Agreements",listProjects:"Projects",listAnnouncements:"Announcements",listMethods:"Other collaboration methods",newChallenge:"New challenge",newCaseStudy:"New case study",newAgreement:"New agreement",newProject:"New project",newAnnouncement:"New announcement",newMethod:"New method",editChallenge:"Edit challenge",editCaseStudy:"Edit case study",editAgreement:"Edit agreement",editProject:"Edit project",editAnnouncement:"Edit announcement",editMethod:"Edit collaboration method",backToList:"Back to the list",filters:"Filters",search:"Keywords",searchHelp:"Words in the title or text.",any:"All",apply:"Filter",clear:"Clear",colTitle:"Title",colState:"Publication",colUpdated:"Updated",colDepartment:"Department",colPeriod:"Period",colLocality:"Municipality",colCategory:"Category",colKind:"Kind",colStatus:"Status",colSigned:"Signed",colPosition:"Position",colKey:"Key",colName:"Name",stateDRAFT:"Draft",statePUBLISHED:"Published",stateARCHIVED:"Archived",stateScheduled:"Scheduled",publishedAt:"Published: {at}",scheduledAt:"Publishes at {at}",version:"Version {n}",title:"Title",name:"Name",background:"Background",desiredOutcome:"Desired outcome",department:"Department",noDepartment:"(none)",tags:"Tags",tagsHelp:"Separate with commas.",opensAt:"Proposals open",closesAt:"Proposals close",isOpen:"Open for proposals",open:"Open",closed:"Not open",locality:"Municipality",localityHelp:"It may be another city (e.g. Aomori).",program:"PPP desk or programme name",category:"Category",catPARTNERSHIP:"Partnership",catDEMONSTRATION:"Field trial",catAGREEMENT:"Agreement",catOTHER:"Other",startOn:"Start date",endOn:"End date",dateNote:"Schedule as written",dateNoteHelp:'For schedules that are not a date (e.g. "during FY2025").',summary:"Summary",partners:"Partners",parties:"Parties",partnerSearch:"Find partners",partnerNone:"No partner matches.",partnersChosen:"Chosen: {names}",resources:"Resources",resourcesHelp:"What the city and the partner each contribute (people, goods, money, information).",resourcesCaption:"Resources (rows: kind, columns: side)",kindCol:"Kind",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",resCell:"{kind} from the {side}",merits:"Merits and expected effects",meritFor:"Merits for the {side}",meritHelp:"One item per line.",agreementKind:"Kind of agreement",akBUSINESS:"Business agreement",akCOMPREHENSIVE:"Comprehensive agreement",akMEMORANDUM:"Memorandum",agreementStatus:"Status",asPLANNED:"Planned",asACTIVE:"In force",asEXPIRED:"Expired",asTERMINATED:"Terminated",purpose:"Purpose",signedOn:"Signed on",termStartOn:"Term starts",termEndOn:"Term ends",items:"Fields of cooperation",itemsHelp:"One item per line.",projectKind:"Scheme",pkPARTNERSHIP:"Partnership project",pkDEMONSTRATION:"Supported field trial",projectStatus:"Status",psPLANNED:"Planned",psONGOING:"Ongoing",psCOMPLETED:"Completed",psCANCELLED:"Cancelled",site:"Site",leadDepartment:"Lead department",agreement:"Agreement it runs under",noAgreement:"(none)",body:"Body",annCategory:"Category",annCategoryHelp:"e.g. Call, Event, News",methodKey:"Key (ASCII)",methodKeyHelp:"e.g. pfi; used in portal URLs.",description:"Description",position:"Position",saveDraft:"Save",create:"Create",saved:"Saved.",created:"Created.",conflict:"Another staff member updated this first. Please reload.",reloadLatest:"Load the latest",secPublication:"Publication",publishNow:"Publish now",publishAt:"Publish at a time",publishAtLabel:"Publish at",publishAtHelp:"Japan time. A past time publishes now.",schedule:"Schedule",unpublish:"Unpublish (back to draft)",archive:"Archive",published:"Published.",scheduled:"Scheduled.",unpublished:"Back to draft.",archived:"Archived.",confirmPublish:"Publish?",confirmPublishBody:'"{title}" goes on the portal.',confirmUnpublish:"Unpublish?",confirmUnpublishBody:'"{title}" leaves the portal and becomes a draft.',confirmArchive:"Archive?",confirmArchiveBody:'"{title}" will be archived.',pendingNotice:`A department's change waits for approval; "Publish now" applies it.`,preview:"Preview",previewMake:"Make a preview link",previewLink:"Open the preview (valid until {at})",previewTitle:"Preview (draft)",previewNote:"This is the content before publication; the portal does not show it yet.",previewGone:"The preview link has expired or is wrong. Make a new one from the editor.",delete:"Delete",confirmDelete:"Delete?",confirmDeleteBody:'"{title}" will be deleted. Right after deleting you can undo it here.',deleted:'Deleted "{title}".',restoreDeleted:"Undo",restored:"Restored.",secRevisions:"Revisions",revNumber:"Version",revAuthor:"Saved by",revAt:"Saved",revPending:"Awaiting approval",revRestore:"Restore this version",revRestoreNamed:"Restore version {n}",confirmRevRestore:"Restore version {n}?",confirmRevRestoreBody:"Its content is saved as a new draft; live content stays as it is.",revRestored:"Version {n} restored as a draft.",revNone:"No revisions yet.",revCaption:"Revisions",secMedia:"Photos and documents",mediaNone:"No photos or documents yet.",mediaCaption:"Photos and documents",mediaFile:"File",mediaFileHelp:"A photo (JPEG, PNG) or a PDF.",mediaAlt:"Text alternative",mediaAltHelp:"Describe the image in a short sentence for people who cannot see it.",mediaAltFor:'Text alternative of "{file}"',mediaAltMissing:"No text alternative",mediaAltSave:"Save text alternative",mediaAltSaved:'Saved the text alternative of "{file}".',mediaUpload:"Upload",mediaUploaded:'Added "{file}".',mediaChoose:"Choose a file.",mediaAskAlt:"Please write a text alternative for an image.",mediaDelete:"Delete",mediaDeleteNamed:'Delete "{file}"',confirmMediaDelete:'Delete "{file}"?',mediaDeleted:'Deleted "{file}".',mediaType:"Type",mediaSize:"Size",mediaOps:"Actions",mediaAfterCreate:"Photos and documents can be added once it is saved.",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",notAllowed:"You may not use this screen.",none:"None",saveFirst:"Save first."});var vt="";function le(t){let[n,r]=y(t.blank),[o,i]=y(()=>{let l=vt;return vt="",l});ee(()=>{t.item&&r(t.toForm(t.item))},[t.item]);let d=L(async()=>{if(i(""),!t.item){let l=await t.create(n);vt=s("created"),i(vt),re(t.path(l));return}await t.update(n,t.item.version),i(s("saved")),await t.q.reload()});return{form:n,set:(l,a)=>r(f=>({...f,[l]:a})),save:()=>{d.run()},busy:d.busy,error:d.error,notice:o,setNotice:i,reload:()=>{d.clear(),t.q.reload()}}}function me({state:t,publishedAt:n}){return t==="PUBLISHED"&&n&&new Date(n).getTime()>Date.now()?e(F,{tone:"warning",icon:"◇",testid:"pub-state",children:s("stateScheduled")}):e(F,{tone:t==="PUBLISHED"?"success":t==="ARCHIVED"?"neutral":"info",icon:t==="PUBLISHED"?"●":t==="ARCHIVED"?"■":"✎",testid:"pub-state",children:s(`state${t}`)})}var _a=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:"Asia/Tokyo"});function Gt(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return"";let r=Object.fromEntries(_a.formatToParts(n).map(i=>[i.type,i.value])),o=r.hour==="24"?"00":r.hour;return`${r.year}-${r.month}-${r.day}T${o}:${r.minute}`}function qe(t){return t?`${t.length===16?`${t}:00`:t}+09:00`:null}function Re(t,n=!1){return(n?t.split(/\r?\n/):t.split(/[、,，\n]/)).map(o=>o.trim()).filter(Boolean)}function Yt(t){return t<1024?s("bytes",{n:t}):t<1024*1024?s("kb",{n:(t/1024).toFixed(1)}):s("mb",{n:(t/1024/1024).toFixed(1)})}function V(t){return t.trim()===""?null:t}function se(t,n,r){let o=t.map(i=>({value:i,label:n(i)}));return r?[{value:"",label:r},...o]:o}function ue({error:t,onReload:n}){return t?t.code==="CONFLICT"?e("div",{class:"banner banner-error",role:"alert","data-testid":"conflict",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:s("conflict")}),e("button",{type:"button",class:"btn btn-small",onClick:n,children:s("reloadLatest")})]}):e($,{error:t}):null}function te({title:t,list:n,listLabel:r,children:o}){return e("div",{class:"content-head",children:[e("p",{class:"content-back",children:e("a",{href:R(n),children:["← ",s("backToList"),"（",r,"）"]})}),e("h1",{children:t}),o]})}var Ti=D(`
  mutation ContentPublish($id: ID!, $at: DateTime) {
    publish(id: $id, at: $at) {
      id
    }
  }
`),Ma=D(`
  mutation ContentUnpublish($id: ID!) {
    unpublish(id: $id) {
      id
    }
  }
`),Ea=D(`
  mutation ContentArchive($id: ID!) {
    archive(id: $id) {
      id
    }
  }
`),Ra=D(`
  mutation ContentRestoreDeleted($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),Oa=D(`
  mutation ContentPreviewToken($id: ID!) {
    createPreviewToken(id: $id) {
      token
      expiresAt
    }
  }
`);function he(t){let n=ye(),r=oe(n,{resource:"content",action:"publish"}),o=oe(n,{resource:"content",action:"preview"}),i=oe(n,{resource:"content",action:"restore"}),[d,l]=y(null),[a,f]=y(""),[m,p]=y(""),[v,h]=y(!1),[u,P]=y(null),C=L(async S=>{switch(p(""),S){case"publish":await x(Ti,{id:t.id,at:null}),p(s("published"));break;case"schedule":await x(Ti,{id:t.id,at:qe(a)}),p(s("scheduled"));break;case"unpublish":await x(Ma,{id:t.id}),p(s("unpublished"));break;case"archive":await x(Ea,{id:t.id}),p(s("archived"));break;case"delete":await t.remove(t.id),h(!0),p(s("deleted",{title:t.title})),l(null);return;case"undo":await x(Ra,{id:t.id}),h(!1),p(s("restored")),t.onRestored();return;case"preview":{let ce=await x(Oa,{id:t.id});P(ce.createPreviewToken);return}}l(null),t.onChanged()}),A=S=>{C.run(S).then(()=>l(null))},q=ae();if(v)return e("section",{"aria-labelledby":`${q}-h`,class:"content-panel",children:[e("h2",{id:`${q}-h`,children:s("secPublication")}),e(B,{children:m}),e($,{error:C.error}),i&&e(I,{variant:"primary",busy:C.busy,onClick:()=>A("undo"),"data-testid":"restore-deleted",children:s("restoreDeleted")})]});let M={publish:{title:s("confirmPublish"),body:s("confirmPublishBody",{title:t.title}),label:s("publishNow"),danger:!1},unpublish:{title:s("confirmUnpublish"),body:s("confirmUnpublishBody",{title:t.title}),label:s("unpublish"),danger:!0},archive:{title:s("confirmArchive"),body:s("confirmArchiveBody",{title:t.title}),label:s("archive"),danger:!0},delete:{title:s("confirmDelete"),body:s("confirmDeleteBody",{title:t.title}),label:s("delete"),danger:!0}},_=d?M[d]:null;return e("section",{"aria-labelledby":`${q}-h`,class:"content-panel","data-testid":"publication",children:[e("h2",{id:`${q}-h`,children:s("secPublication")}),t.state&&e("p",{children:[e(me,{state:t.state,publishedAt:t.publishedAt})," ",t.publishedAt&&(new Date(t.publishedAt).getTime()>Date.now()?s("scheduledAt",{at:E(t.publishedAt)}):s("publishedAt",{at:E(t.publishedAt)}))]}),t.pending&&e("p",{class:"content-pending",children:s("pendingNotice")}),e(B,{children:m}),e($,{error:C.error}),t.state&&r&&e(T,{children:[e("div",{class:"actions",children:[e(I,{variant:"primary",onClick:()=>l("publish"),"data-testid":"publish-now",children:s("publishNow")}),t.state!=="DRAFT"&&e(I,{onClick:()=>l("unpublish"),"data-testid":"unpublish",children:s("unpublish")}),t.state!=="ARCHIVED"&&e(I,{onClick:()=>l("archive"),"data-testid":"archive",children:s("archive")})]}),e("form",{class:"content-schedule",onSubmit:S=>{S.preventDefault(),a&&A("schedule")},children:e(Y,{legend:s("publishAt"),children:[e(w,{label:s("publishAtLabel"),type:"datetime-local",value:a,onInput:f,help:s("publishAtHelp"),required:!0,testid:"publish-at"}),e(I,{type:"submit",busy:C.busy,disabled:!a,"data-testid":"schedule",children:s("schedule")})]})})]}),e("div",{class:"actions",children:[o&&t.state&&e(I,{onClick:()=>A("preview"),busy:C.busy,"data-testid":"make-preview",children:s("previewMake")}),u&&e("a",{class:"btn btn-link",href:R(`/preview/${u.token}`),"data-testid":"preview-link",children:s("previewLink",{at:E(u.expiresAt)})}),e(I,{variant:"danger",onClick:()=>l("delete"),"data-testid":"delete",children:s("delete")})]}),e(ie,{open:_!==null,title:_?.title??"",confirmLabel:_?.label,danger:_?.danger,busy:C.busy,onConfirm:()=>d&&A(d),onCancel:()=>l(null),children:e("p",{children:_?.body})})]})}var qa=D(`
  query ContentRevisions($id: ID!) {
    revisions(id: $id) {
      id
      number
      author {
        displayName
      }
      createdAt
      pending
    }
  }
`),La=D(`
  mutation ContentRestoreRevision($id: ID!) {
    restoreRevision(id: $id) {
      id
    }
  }
`);function be({id:t,version:n,onRestored:r}){let o=ye(),i=oe(o,{resource:"content",action:"readRevisions"}),d=oe(o,{resource:"content",action:"revisions"}),l=N(qa,{id:t},!i),a=Ae(n);ee(()=>{a.current!==n&&(a.current=n,l.reload())},[n]);let[f,m]=y(null),[p,v]=y(""),h=L(async C=>{await x(La,{id:C.id}),v(s("revRestored",{n:C.number})),m(null),r()}),u=ae();if(!i)return null;let P=l.data?.revisions??[];return e("section",{"aria-labelledby":u,class:"content-panel",children:[e("h2",{id:u,children:s("secRevisions")}),e(B,{children:p}),e($,{error:l.error??h.error}),P.length===0?e("p",{children:s("revNone")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"revisions",children:[e("caption",{class:"visually-hidden",children:s("revCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:s("revNumber")}),e("th",{scope:"col",children:s("revAuthor")}),e("th",{scope:"col",children:s("revAt")}),d&&e("th",{scope:"col",children:s("mediaOps")})]})}),e("tbody",{children:P.map(C=>e("tr",{children:[e("td",{children:[C.number," ",C.pending&&e(F,{tone:"warning",icon:"△",children:s("revPending")})]}),e("td",{children:C.author?.displayName??"—"}),e("td",{children:E(C.createdAt)}),d&&e("td",{children:e(I,{variant:"link",onClick:()=>m({id:C.id,number:C.number}),children:s("revRestoreNamed",{n:C.number})})})]},C.id))})]})}),e(ie,{open:f!==null,title:f?s("confirmRevRestore",{n:f.number}):"",confirmLabel:s("revRestore"),busy:h.busy,onConfirm:()=>f&&void h.run(f),onCancel:()=>m(null),children:e("p",{children:s("confirmRevRestoreBody")})})]})}D(`
  fragment ContentMediaItem on Media {
    id
    fileName
    contentType
    size
    url
    alt
  }
`);var Fa=D(`
  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
    attachMedia(contentId: $contentId, file: $file, alt: $alt) {
      id
      fileName
    }
  }
`),ja=D(`
  mutation ContentUpdateMedia($id: ID!, $alt: String!) {
    updateMedia(id: $id, alt: $alt) {
      id
      alt
    }
  }
`),Ba=D(`
  mutation ContentDeleteMedia($id: ID!) {
    deleteMedia(id: $id)
  }
`);function Ua({m:t,onSaved:n}){let[r,o]=y(t.alt);ee(()=>o(t.alt),[t.alt]);let i=L(async()=>{await x(ja,{id:t.id,alt:r}),n(s("mediaAltSaved",{file:t.fileName}))});return e("form",{class:"content-alt",onSubmit:d=>{d.preventDefault(),i.run()},children:[e(w,{label:s("mediaAltFor",{file:t.fileName}),value:r,onInput:o,maxLength:250,error:i.error?i.error.clerkMessage():void 0}),e(I,{type:"submit",busy:i.busy,disabled:r===t.alt,children:s("mediaAltSave")})]})}function De({contentId:t,media:n,onChanged:r}){let o=ye(),i=oe(o,{resource:"content",action:"media"}),[d,l]=y(null),[a,f]=y(""),[m,p]=y(""),[v,h]=y(""),[u,P]=y(null),C=L(async _=>{let S=await mt(Fa,{contentId:t,file:null,alt:V(a)},[{path:"variables.file",file:d}]);p(s("mediaUploaded",{file:S.attachMedia.fileName})),l(null),f(""),_.reset(),r()}),A=L(async _=>{await x(Ba,{id:_.id}),p(s("mediaDeleted",{file:_.fileName})),P(null),r()}),q=ae(),M=ae();return e("section",{"aria-labelledby":q,class:"content-panel","data-testid":"media",children:[e("h2",{id:q,children:s("secMedia")}),e(B,{children:m}),e($,{error:C.error??A.error}),n.length===0?e("p",{children:s("mediaNone")}):e("ul",{class:"content-media",children:n.map(_=>e("li",{children:[e("p",{children:[e("strong",{children:_.fileName}),"（",_.contentType,"、",Yt(_.size),"）"," ",_.contentType.startsWith("image/")&&_.alt===""&&e(F,{tone:"warning",icon:"!",children:s("mediaAltMissing")})]}),i&&e("div",{class:"content-media-ops",children:[e(Ua,{m:_,onSaved:p}),e(I,{variant:"danger",onClick:()=>P(_),"aria-label":s("mediaDeleteNamed",{file:_.fileName}),children:s("mediaDelete")})]})]},_.id))}),i&&e("form",{class:"content-upload",onSubmit:_=>{if(_.preventDefault(),h(""),!d)return h(s("mediaChoose"));if(d.type.startsWith("image/")&&a.trim()==="")return h(s("mediaAskAlt"));C.run(_.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:M,children:s("mediaFile")}),e("input",{id:M,type:"file",accept:"image/jpeg,image/png,image/gif,image/webp,application/pdf","aria-describedby":`${M}-help`,"data-testid":"media-file",onChange:_=>l(_.currentTarget.files?.[0]??null)}),e("p",{class:"help",id:`${M}-help`,children:s("mediaFileHelp")})]}),e(w,{label:s("mediaAlt"),value:a,onInput:f,help:s("mediaAltHelp"),maxLength:250,testid:"media-alt",error:v||void 0}),e(I,{type:"submit",variant:"primary",busy:C.busy,"data-testid":"media-upload",children:s("mediaUpload")})]}),e(ie,{open:u!==null,title:u?s("confirmMediaDelete",{file:u.fileName}):"",confirmLabel:s("mediaDelete"),danger:!0,busy:A.busy,onConfirm:()=>u&&void A.run(u),onCancel:()=>P(null)})]})}var ke=["CITY","PARTNER"],At=["PEOPLE","GOODS","MONEY","INFORMATION"];function kt(t){let n={};for(let r of t){let o=`${r.side}/${r.kind}`;n[o]=n[o]?`${n[o]}
${r.description}`:r.description}return n}function It(t){let n=[];for(let r of ke)for(let o of At){let i=(t[`${r}/${o}`]??"").trim();i&&n.push({side:r,kind:o,description:i})}return n}function $t({value:t,onChange:n}){let r=ae();return e(Y,{legend:s("resources"),children:[e("p",{class:"help",children:s("resourcesHelp")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix content-matrix","data-testid":"resources-editor",children:[e("caption",{class:"visually-hidden",children:s("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:s("kindCol")}),ke.map(o=>e("th",{scope:"col",children:s(`side${o}`)},o))]})}),e("tbody",{children:At.map(o=>e("tr",{children:[e("th",{scope:"row",children:s(`res${o}`)}),ke.map(i=>{let d=`${r}-${i}-${o}`;return e("td",{children:[e("label",{for:d,class:"visually-hidden",children:s("resCell",{side:s(`side${i}`),kind:s(`res${o}`)})}),e("textarea",{id:d,rows:3,value:t[`${i}/${o}`]??"","data-testid":`res-${i}-${o}`,onInput:l=>n({...t,[`${i}/${o}`]:l.currentTarget.value})})]},i)})]},o))})]})})]})}function Le(t){let n={CITY:"",PARTNER:""};for(let r of t)n[r.side]=n[r.side]?`${n[r.side]}
${r.description}`:r.description;return n}function Fe(t){return ke.flatMap(n=>Re(t[n],!0).map(r=>({side:n,description:r})))}function je({value:t,onChange:n}){return e(Y,{legend:s("merits"),class:"content-merits",children:ke.map(r=>e(J,{label:s("meritFor",{side:s(`side${r}`)}),help:s("meritHelp"),value:t[r],rows:3,testid:`merit-${r}`,onInput:o=>n({...t,[r]:o})},r))})}function pe(t){return e(T,{children:[e("div",{class:"content-listhead",children:[e("h1",{children:t.title}),t.newLabel&&t.newPath&&e("a",{class:"btn btn-primary",href:R(t.newPath),"data-testid":"new-item",children:["＋ ",t.newLabel]})]}),t.filters&&e("form",{class:"content-filters",role:"search",onSubmit:n=>{n.preventDefault(),t.onApply?.()},children:e(Y,{legend:s("filters"),children:[e("div",{class:"content-filter-row",children:t.filters}),e("div",{class:"actions",children:[e(I,{type:"submit",variant:"primary",children:s("apply")}),e(I,{onClick:t.onClear,children:s("clear")})]})]})}),t.children]})}function Ce(t){let[n,r]=y(t),[o,i]=y(t),[d,l]=y(null);return{draft:n,setDraft:r,filter:o,apply:()=>{i(n),l(null)},clear:()=>{r(t),i(t),l(null)},after:d,setAfter:l}}var ne=20,Va=D(`
  query ContentDepartments {
    municipality {
      departments {
        id
        name
      }
    }
  }
`);function Be(t){let n=N(Va,{}),r=[{value:"",label:t.noneLabel},...(n.data?.municipality.departments??[]).map(o=>({value:o.id,label:o.name}))];return e(O,{label:t.label,value:t.value,onChange:t.onChange,options:r,testid:t.testid})}var Ha=D(`
  query ContentPartners($search: String) {
    partners(first: 30, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);function Ue({legend:t,value:n,onChange:r}){let[o,i]=y(""),[d,l]=y(""),a=N(Ha,{search:V(d)}),f=new Set(n.map(h=>h.id)),m=(a.data?.partners.edges??[]).map(h=>h.node).filter(h=>!f.has(h.id)),p=(h,u)=>r(u?[...n,h]:n.filter(P=>P.id!==h.id)),v=ae();return e(Y,{legend:t,class:"content-partners",children:[e("ul",{class:"content-checks",children:[...n,...m].map(h=>e("li",{children:[e("input",{id:`${v}-${h.id}`,type:"checkbox",checked:f.has(h.id),onChange:u=>p(h,u.currentTarget.checked)})," ",e("label",{for:`${v}-${h.id}`,children:h.name})]},h.id))}),m.length===0&&n.length===0&&e("p",{children:s("partnerNone")}),e("div",{class:"content-inline",children:[e(w,{label:s("partnerSearch"),type:"search",value:o,onInput:i}),e(I,{onClick:()=>l(o),children:s("apply")})]})]})}var _i=["BUSINESS","COMPREHENSIVE","MEMORANDUM"],Mi=["PLANNED","ACTIVE","EXPIRED","TERMINATED"],Ka=D(`
  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {
    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          kind
          status
          signedOn
          parties {
            name
          }
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function Ei(t){let n=Ce({search:"",kind:"",status:""}),r={search:V(n.filter.search),kind:V(n.filter.kind),status:V(n.filter.status)},o=N(Ka,{first:ne,after:n.after,filter:r});return e(pe,{title:s("listAgreements"),newLabel:s("newAgreement"),newPath:"/content/agreements/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(w,{label:s("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:s("searchHelp")}),e(O,{label:s("agreementKind"),value:n.draft.kind,onChange:i=>n.setDraft({...n.draft,kind:i}),options:se(_i,i=>s(`ak${i}`),s("any"))}),e(O,{label:s("agreementStatus"),value:n.draft.status,onChange:i=>n.setDraft({...n.draft,status:i}),options:se(Mi,i=>s(`as${i}`),s("any"))})]}),children:[e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:b("retry")}),o.loading&&!o.data&&e(j,{label:b("loading")}),e(X,{caption:s("listAgreements"),testid:"agreement-list",page:o.data?.agreements,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:ne,columns:[{header:s("colTitle"),cell:i=>e("a",{href:R(`/content/agreements/${i.id}`),children:i.title})},{header:s("parties"),cell:i=>i.parties.map(d=>d.name).join("、")||"—"},{header:s("colKind"),cell:i=>s(`ak${i.kind}`)},{header:s("colSigned"),cell:i=>H(i.signedOn)||"—"},{header:s("colStatus"),cell:i=>s(`as${i.status}`)},{header:s("colState"),cell:i=>e(me,{state:i.publicationState,publishedAt:i.publishedAt})},{header:s("colUpdated"),cell:i=>E(i.updatedAt)}]})]})}var Wa=D(`
  query ContentAgreement($id: ID!) {
    agreement(id: $id) {
      id
      kind
      title
      purpose
      parties {
        id
        name
      }
      signedOn
      termStartOn
      termEndOn
      items
      merits {
        side
        description
      }
      status
      publicationState
      publishedAt
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
    }
  }
`),Qa=D(`
  mutation ContentAgreementCreate($input: AgreementInput!) {
    createAgreement(input: $input) {
      id
    }
  }
`),za=D(`
  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
    updateAgreement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Ga=D(`
  mutation ContentAgreementDelete($id: ID!) {
    deleteAgreement(id: $id)
  }
`),Ya={kind:"BUSINESS",title:"",purpose:"",parties:[],signedOn:"",termStartOn:"",termEndOn:"",items:"",merits:{CITY:"",PARTNER:""},status:"PLANNED"};function Ni(t){return{kind:t.kind,title:t.title,purpose:t.purpose,partyIds:t.parties.map(n=>n.id),signedOn:V(t.signedOn),termStartOn:V(t.termStartOn),termEndOn:V(t.termEndOn),items:Re(t.items,!0),merits:Fe(t.merits),status:t.status}}function Ri({params:t}){let n=t.id==="new",r=N(Wa,{id:t.id??""},n),o=n?null:r.data?.agreement,i=le({q:r,item:o,blank:Ya,toForm:a=>({kind:a.kind,title:a.title,purpose:a.purpose,parties:a.parties.map(f=>({id:f.id,name:f.name})),signedOn:a.signedOn??"",termStartOn:a.termStartOn??"",termEndOn:a.termEndOn??"",items:a.items.join(`
`),merits:Le(a.merits),status:a.status}),create:async a=>(await x(Qa,{input:Ni(a)})).createAgreement.id,update:(a,f)=>x(za,{id:t.id,input:Ni(a),version:f}),path:a=>`/content/agreements/${a}`}),d=n?s("newAgreement"):s("editAgreement");if(!n&&!o)return e(T,{children:[e(te,{title:d,list:"/content/agreements",listLabel:s("listAgreements")}),r.loading?e(j,{label:b("loading")}):e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:b("retry")})]});let l=i.form;return e(T,{children:[e(te,{title:d,list:"/content/agreements",listLabel:s("listAgreements"),children:o&&e("p",{class:"content-sub",children:s("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),i.save()},children:[e(B,{children:i.notice}),e(ue,{error:i.error,onReload:i.reload}),e(w,{label:s("name"),value:l.title,onInput:a=>i.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(O,{label:s("agreementKind"),value:l.kind,onChange:a=>i.set("kind",a),options:se(_i,a=>s(`ak${a}`))}),e(O,{label:s("agreementStatus"),value:l.status,onChange:a=>i.set("status",a),options:se(Mi,a=>s(`as${a}`))})]}),e(J,{label:s("purpose"),value:l.purpose,onInput:a=>i.set("purpose",a),rows:4}),e(Ue,{legend:s("parties"),value:l.parties,onChange:a=>i.set("parties",a)}),e(J,{label:s("items"),value:l.items,onInput:a=>i.set("items",a),help:s("itemsHelp"),rows:5,testid:"field-items"}),e(w,{label:s("signedOn"),type:"date",value:l.signedOn,onInput:a=>i.set("signedOn",a),help:H(l.signedOn),testid:"field-signed"}),e("div",{class:"content-pair",children:[e(w,{label:s("termStartOn"),type:"date",value:l.termStartOn,onInput:a=>i.set("termStartOn",a),help:H(l.termStartOn),testid:"field-term-start"}),e(w,{label:s("termEndOn"),type:"date",value:l.termEndOn,onInput:a=>i.set("termEndOn",a),help:H(l.termEndOn),testid:"field-term-end"})]}),e(je,{value:l.merits,onChange:a=>i.set("merits",a)}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?s("create"):s("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(he,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>x(Ga,{id:a}),onChanged:i.reload,onRestored:i.reload}),e(De,{contentId:o.id,media:o.media,onChanged:i.reload}),e(be,{id:o.id,version:o.version,onRestored:i.reload})]}):e("p",{class:"help",children:s("mediaAfterCreate")})]})]})}var Ja=D(`
  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {
    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          category
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function qi(t){let n=Ce({search:"",category:""}),r={search:V(n.filter.search),category:V(n.filter.category)},o=N(Ja,{first:ne,after:n.after,filter:r});return e(pe,{title:s("listAnnouncements"),newLabel:s("newAnnouncement"),newPath:"/content/announcements/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(w,{label:s("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:s("searchHelp")}),e(w,{label:s("annCategory"),value:n.draft.category,onInput:i=>n.setDraft({...n.draft,category:i}),help:s("annCategoryHelp")})]}),children:[e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:b("retry")}),o.loading&&!o.data&&e(j,{label:b("loading")}),e(X,{caption:s("listAnnouncements"),testid:"announcement-list",page:o.data?.announcements,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:ne,columns:[{header:s("colTitle"),cell:i=>e("a",{href:R(`/content/announcements/${i.id}`),children:i.title})},{header:s("colCategory"),cell:i=>i.category||"—"},{header:s("colState"),cell:i=>e(me,{state:i.publicationState,publishedAt:i.publishedAt})},{header:s("colUpdated"),cell:i=>E(i.updatedAt)}]})]})}var Xa=D(`
  query ContentAnnouncement($id: ID!) {
    announcement(id: $id) {
      id
      title
      body
      category
      publicationState
      publishedAt
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
    }
  }
`),Za=D(`
  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
    createAnnouncement(input: $input) {
      id
    }
  }
`),es=D(`
  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
    updateAnnouncement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),ts=D(`
  mutation ContentAnnouncementDelete($id: ID!) {
    deleteAnnouncement(id: $id)
  }
`),ns={title:"",body:"",category:""};function Oi(t){return{title:t.title,body:t.body,category:t.category}}function Li({params:t}){let n=t.id==="new",r=N(Xa,{id:t.id??""},n),o=n?null:r.data?.announcement,i=le({q:r,item:o,blank:ns,toForm:a=>({title:a.title,body:a.body,category:a.category}),create:async a=>(await x(Za,{input:Oi(a)})).createAnnouncement.id,update:(a,f)=>x(es,{id:t.id,input:Oi(a),version:f}),path:a=>`/content/announcements/${a}`}),d=n?s("newAnnouncement"):s("editAnnouncement");if(!n&&!o)return e(T,{children:[e(te,{title:d,list:"/content/announcements",listLabel:s("listAnnouncements")}),r.loading?e(j,{label:b("loading")}):e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:b("retry")})]});let l=i.form;return e(T,{children:[e(te,{title:d,list:"/content/announcements",listLabel:s("listAnnouncements"),children:o&&e("p",{class:"content-sub",children:s("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),i.save()},children:[e(B,{children:i.notice}),e(ue,{error:i.error,onReload:i.reload}),e(w,{label:s("title"),value:l.title,onInput:a=>i.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e(w,{label:s("annCategory"),value:l.category,onInput:a=>i.set("category",a),help:s("annCategoryHelp"),maxLength:50}),e(J,{label:s("body"),value:l.body,onInput:a=>i.set("body",a),rows:10,testid:"field-body"}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?s("create"):s("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(he,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>x(ts,{id:a}),onChanged:i.reload,onRestored:i.reload}),e(De,{contentId:o.id,media:o.media,onChanged:i.reload}),e(be,{id:o.id,version:o.version,onRestored:i.reload})]}):e("p",{class:"help",children:s("mediaAfterCreate")})]})]})}var ji=["PARTNERSHIP","DEMONSTRATION","AGREEMENT","OTHER"],rs=D(`
  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {
    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          locality
          category
          startOn
          endOn
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function Bi(t){let n=Ce({search:"",category:"",locality:""}),r={search:V(n.filter.search),category:V(n.filter.category)??null,locality:V(n.filter.locality)},o=N(rs,{first:ne,after:n.after,filter:r});return e(pe,{title:s("listCaseStudies"),newLabel:s("newCaseStudy"),newPath:"/content/case-studies/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(w,{label:s("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:s("searchHelp")}),e(O,{label:s("category"),value:n.draft.category,onChange:i=>n.setDraft({...n.draft,category:i}),options:se(ji,i=>s(`cat${i}`),s("any"))}),e(w,{label:s("locality"),value:n.draft.locality,onInput:i=>n.setDraft({...n.draft,locality:i})})]}),children:[e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:b("retry")}),o.loading&&!o.data&&e(j,{label:b("loading")}),e(X,{caption:s("listCaseStudies"),testid:"case-study-list",page:o.data?.caseStudies,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:ne,columns:[{header:s("colTitle"),cell:i=>e("a",{href:R(`/content/case-studies/${i.id}`),children:i.title})},{header:s("colLocality"),cell:i=>i.locality||"—"},{header:s("colCategory"),cell:i=>s(`cat${i.category}`)},{header:s("colPeriod"),cell:i=>i.startOn||i.endOn?`${H(i.startOn)} 〜 ${H(i.endOn)}`:"—"},{header:s("colState"),cell:i=>e(me,{state:i.publicationState,publishedAt:i.publishedAt})},{header:s("colUpdated"),cell:i=>E(i.updatedAt)}]})]})}var is=D(`
  query ContentCaseStudy($id: ID!) {
    caseStudy(id: $id) {
      id
      title
      locality
      program
      category
      partners {
        id
        name
      }
      startOn
      endOn
      dateNote
      summary
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      tags
      publicationState
      publishedAt
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
    }
  }
`),os=D(`
  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
    createCaseStudy(input: $input) {
      id
    }
  }
`),as=D(`
  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
    updateCaseStudy(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),ss=D(`
  mutation ContentCaseStudyDelete($id: ID!) {
    deleteCaseStudy(id: $id)
  }
`),ds={title:"",locality:"",program:"",category:"PARTNERSHIP",partners:[],startOn:"",endOn:"",dateNote:"",summary:"",resources:{},merits:{CITY:"",PARTNER:""},tags:""};function Fi(t){return{title:t.title,locality:t.locality,program:t.program,category:t.category,partnerIds:t.partners.map(n=>n.id),startOn:V(t.startOn),endOn:V(t.endOn),dateNote:t.dateNote,summary:t.summary,resources:It(t.resources),merits:Fe(t.merits),tags:Re(t.tags)}}function Ui({params:t}){let n=t.id==="new",r=N(is,{id:t.id??""},n),o=n?null:r.data?.caseStudy,i=le({q:r,item:o,blank:ds,toForm:a=>({title:a.title,locality:a.locality,program:a.program,category:a.category,partners:a.partners.map(f=>({id:f.id,name:f.name})),startOn:a.startOn??"",endOn:a.endOn??"",dateNote:a.dateNote,summary:a.summary,resources:kt(a.resources),merits:Le(a.merits),tags:a.tags.join("、")}),create:async a=>(await x(os,{input:Fi(a)})).createCaseStudy.id,update:(a,f)=>x(as,{id:t.id,input:Fi(a),version:f}),path:a=>`/content/case-studies/${a}`}),d=n?s("newCaseStudy"):s("editCaseStudy");if(!n&&!o)return e(T,{children:[e(te,{title:d,list:"/content/case-studies",listLabel:s("listCaseStudies")}),r.loading?e(j,{label:b("loading")}):e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:b("retry")})]});let l=i.form;return e(T,{children:[e(te,{title:d,list:"/content/case-studies",listLabel:s("listCaseStudies"),children:o&&e("p",{class:"content-sub",children:s("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),i.save()},children:[e(B,{children:i.notice}),e(ue,{error:i.error,onReload:i.reload}),e(w,{label:s("name"),value:l.title,onInput:a=>i.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(w,{label:s("locality"),value:l.locality,onInput:a=>i.set("locality",a),help:s("localityHelp"),maxLength:100,testid:"field-locality"}),e(w,{label:s("program"),value:l.program,onInput:a=>i.set("program",a),maxLength:100})]}),e(O,{label:s("category"),value:l.category,onChange:a=>i.set("category",a),options:se(ji,a=>s(`cat${a}`)),testid:"field-category"}),e("div",{class:"content-pair",children:[e(w,{label:s("startOn"),type:"date",value:l.startOn,onInput:a=>i.set("startOn",a),help:H(l.startOn),testid:"field-start"}),e(w,{label:s("endOn"),type:"date",value:l.endOn,onInput:a=>i.set("endOn",a),help:H(l.endOn),testid:"field-end"})]}),e(w,{label:s("dateNote"),value:l.dateNote,onInput:a=>i.set("dateNote",a),help:s("dateNoteHelp"),maxLength:250}),e(J,{label:s("summary"),value:l.summary,onInput:a=>i.set("summary",a),rows:6,testid:"field-summary"}),e(Ue,{legend:s("partners"),value:l.partners,onChange:a=>i.set("partners",a)}),e($t,{value:l.resources,onChange:a=>i.set("resources",a)}),e(je,{value:l.merits,onChange:a=>i.set("merits",a)}),e(w,{label:s("tags"),value:l.tags,onInput:a=>i.set("tags",a),help:s("tagsHelp")}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?s("create"):s("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(he,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>x(ss,{id:a}),onChanged:i.reload,onRestored:i.reload}),e(De,{contentId:o.id,media:o.media,onChanged:i.reload}),e(be,{id:o.id,version:o.version,onRestored:i.reload})]}):e("p",{class:"help",children:s("mediaAfterCreate")})]})]})}var ls=D(`
  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {
    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          department {
            name
          }
          opensAt
          closesAt
          isOpen
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function Hi(t){let n=Ce({search:"",departmentId:"",isOpen:""}),r={search:V(n.filter.search),departmentId:V(n.filter.departmentId),isOpen:n.filter.isOpen===""?null:n.filter.isOpen==="true"},o=N(ls,{first:ne,after:n.after,filter:r});return e(pe,{title:s("listChallenges"),newLabel:s("newChallenge"),newPath:"/content/challenges/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(w,{label:s("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:s("searchHelp")}),e(Be,{label:s("department"),value:n.draft.departmentId,onChange:i=>n.setDraft({...n.draft,departmentId:i}),noneLabel:s("any")}),e(O,{label:s("isOpen"),value:n.draft.isOpen,onChange:i=>n.setDraft({...n.draft,isOpen:i}),options:[{value:"",label:s("any")},{value:"true",label:s("open")},{value:"false",label:s("closed")}]})]}),children:[e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:b("retry")}),o.loading&&!o.data&&e(j,{label:b("loading")}),e(X,{caption:s("listChallenges"),testid:"challenge-list",page:o.data?.challenges,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:ne,columns:[{header:s("colTitle"),cell:i=>e("a",{href:R(`/content/challenges/${i.id}`),children:i.title})},{header:s("colDepartment"),cell:i=>i.department?.name??"—"},{header:s("colPeriod"),cell:i=>i.opensAt||i.closesAt?`${E(i.opensAt)} 〜 ${E(i.closesAt)}`:"—"},{header:s("colState"),cell:i=>e(me,{state:i.publicationState,publishedAt:i.publishedAt})},{header:s("colUpdated"),cell:i=>E(i.updatedAt)}]})]})}var us=D(`
  query ContentChallenge($id: ID!) {
    challenge(id: $id) {
      id
      title
      background
      desiredOutcome
      department {
        id
        name
      }
      tags
      opensAt
      closesAt
      isOpen
      publicationState
      publishedAt
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
    }
  }
`),ps=D(`
  mutation ContentChallengeCreate($input: ChallengeInput!) {
    createChallenge(input: $input) {
      id
    }
  }
`),cs=D(`
  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
    updateChallenge(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),ms=D(`
  mutation ContentChallengeDelete($id: ID!) {
    deleteChallenge(id: $id)
  }
`),gs={title:"",background:"",desiredOutcome:"",departmentId:"",tags:"",opensAt:"",closesAt:""};function Vi(t){return{title:t.title,background:t.background,desiredOutcome:t.desiredOutcome,departmentId:V(t.departmentId),tags:Re(t.tags),opensAt:qe(t.opensAt),closesAt:qe(t.closesAt)}}function Ki({params:t}){let n=t.id==="new",r=N(us,{id:t.id??""},n),o=n?null:r.data?.challenge,i=le({q:r,item:o,blank:gs,toForm:a=>({title:a.title,background:a.background,desiredOutcome:a.desiredOutcome,departmentId:a.department?.id??"",tags:a.tags.join("、"),opensAt:Gt(a.opensAt),closesAt:Gt(a.closesAt)}),create:async a=>(await x(ps,{input:Vi(a)})).createChallenge.id,update:(a,f)=>x(cs,{id:t.id,input:Vi(a),version:f}),path:a=>`/content/challenges/${a}`}),d=n?s("newChallenge"):s("editChallenge");if(!n&&!o)return e(T,{children:[e(te,{title:d,list:"/content/challenges",listLabel:s("listChallenges")}),r.loading?e(j,{label:b("loading")}):e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:b("retry")})]});let l=i.form;return e(T,{children:[e(te,{title:d,list:"/content/challenges",listLabel:s("listChallenges"),children:o&&e("p",{class:"content-sub",children:s("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),i.save()},children:[e(B,{children:i.notice}),e(ue,{error:i.error,onReload:i.reload}),e(w,{label:s("title"),value:l.title,onInput:a=>i.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e(Be,{label:s("department"),value:l.departmentId,onChange:a=>i.set("departmentId",a),noneLabel:s("noDepartment"),testid:"field-department"}),e(J,{label:s("background"),value:l.background,onInput:a=>i.set("background",a),rows:6}),e(J,{label:s("desiredOutcome"),value:l.desiredOutcome,onInput:a=>i.set("desiredOutcome",a),rows:4}),e(w,{label:s("tags"),value:l.tags,onInput:a=>i.set("tags",a),help:s("tagsHelp")}),e("div",{class:"content-pair",children:[e(w,{label:s("opensAt"),type:"datetime-local",value:l.opensAt,onInput:a=>i.set("opensAt",a),help:E(qe(l.opensAt))}),e(w,{label:s("closesAt"),type:"datetime-local",value:l.closesAt,onInput:a=>i.set("closesAt",a),help:E(qe(l.closesAt))})]}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?s("create"):s("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(he,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>x(ms,{id:a}),onChanged:i.reload,onRestored:i.reload}),e(De,{contentId:o.id,media:o.media,onChanged:i.reload}),e(be,{id:o.id,version:o.version,onRestored:i.reload})]}):e("p",{class:"help",children:s("mediaAfterCreate")})]})]})}var fs=D(`
  query ContentMethodList($first: Int, $after: String) {
    collaborationMethods(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          key
          name
          position
        }
      }
    }
  }
`);function Qi(t){let[n,r]=y(null),o=N(fs,{first:ne,after:n});return e(pe,{title:s("listMethods"),newLabel:s("newMethod"),newPath:"/content/methods/new",children:[e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:b("retry")}),o.loading&&!o.data&&e(j,{label:b("loading")}),e(X,{caption:s("listMethods"),testid:"method-list",page:o.data?.collaborationMethods,after:n,onAfter:r,resetKey:"",rowKey:i=>i.id,pageSize:ne,columns:[{header:s("colPosition"),cell:i=>i.position},{header:s("colName"),cell:i=>e("a",{href:R(`/content/methods/${i.id}`),children:i.name})},{header:s("colKey"),cell:i=>e("code",{children:i.key})}]})]})}var ys=D(`
  query ContentMethod($id: ID!) {
    collaborationMethod(id: $id) {
      id
      key
      name
      description
      position
      version
    }
  }
`),hs=D(`
  mutation ContentMethodCreate($input: CollaborationMethodInput!) {
    createCollaborationMethod(input: $input) {
      id
    }
  }
`),bs=D(`
  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
    updateCollaborationMethod(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Ds=D(`
  mutation ContentMethodDelete($id: ID!) {
    deleteCollaborationMethod(id: $id)
  }
`),Cs=D(`
  mutation ContentMethodRestore($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),vs={key:"",name:"",description:"",position:"0"};function Wi(t){let n=Number.parseInt(t.position,10);return{key:t.key,name:t.name,description:t.description,position:Number.isFinite(n)?n:0}}function zi({params:t}){let n=t.id==="new",r=N(ys,{id:t.id??""},n),o=n?null:r.data?.collaborationMethod,i=le({q:r,item:o,blank:vs,toForm:h=>({key:h.key,name:h.name,description:h.description,position:String(h.position)}),create:async h=>(await x(hs,{input:Wi(h)})).createCollaborationMethod.id,update:(h,u)=>x(bs,{id:t.id,input:Wi(h),version:u}),path:h=>`/content/methods/${h}`}),[d,l]=y(!1),[a,f]=y(!1),m=L(async h=>{if(h){await x(Cs,{id:t.id}),f(!1),i.setNotice(s("restored")),i.reload();return}await x(Ds,{id:t.id}),l(!1),f(!0),i.setNotice(s("deleted",{title:o?.name??""}))}),p=n?s("newMethod"):s("editMethod");if(a)return e(T,{children:[e(te,{title:p,list:"/content/methods",listLabel:s("listMethods")}),e(B,{children:i.notice}),e($,{error:m.error}),e(I,{variant:"primary",busy:m.busy,onClick:()=>{m.run(!0)},"data-testid":"restore-deleted",children:s("restoreDeleted")})]});if(!n&&!o)return e(T,{children:[e(te,{title:p,list:"/content/methods",listLabel:s("listMethods")}),r.loading?e(j,{label:b("loading")}):e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:b("retry")})]});let v=i.form;return e(T,{children:[e(te,{title:p,list:"/content/methods",listLabel:s("listMethods"),children:o&&e("p",{class:"content-sub",children:s("version",{n:o.version})})}),e("form",{class:"content-form",onSubmit:h=>{h.preventDefault(),i.save()},children:[e(B,{children:i.notice}),e(ue,{error:i.error,onReload:i.reload}),e($,{error:m.error}),e(w,{label:s("name"),value:v.name,onInput:h=>i.set("name",h),required:!0,maxLength:200,testid:"field-title"}),e(w,{label:s("methodKey"),value:v.key,onInput:h=>i.set("key",h),help:s("methodKeyHelp"),required:!0,maxLength:50}),e(J,{label:s("description"),value:v.description,onInput:h=>i.set("description",h),rows:6}),e(w,{label:s("position"),type:"number",value:v.position,onInput:h=>i.set("position",h)}),e("div",{class:"actions",children:[e(I,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?s("create"):s("saveDraft")}),o&&e(I,{variant:"danger",onClick:()=>l(!0),"data-testid":"delete",children:s("delete")})]})]}),e(ie,{open:d,title:s("confirmDelete"),confirmLabel:s("delete"),danger:!0,busy:m.busy,onConfirm:()=>{m.run(!1)},onCancel:()=>l(!1),children:e("p",{children:s("confirmDeleteBody",{title:o?.name??""})})})]})}var As=D(`
  query ContentPreview($token: String!) {
    preview(token: $token) {
      __typename
      id
      ... on Challenge {
        title
        background
        desiredOutcome
        department {
          name
        }
        tags
        opensAt
        closesAt
        media {
          ...ContentMediaItem
        }
      }
      ... on CaseStudy {
        title
        locality
        program
        caseCategory: category
        startOn
        endOn
        dateNote
        summary
        partners {
          name
        }
        resources {
          side
          kind
          description
        }
        merits {
          side
          description
        }
        tags
        media {
          ...ContentMediaItem
        }
      }
      ... on Agreement {
        title
        agreementKind: kind
        purpose
        parties {
          name
        }
        signedOn
        termStartOn
        termEndOn
        items
        merits {
          side
          description
        }
        agreementStatus: status
        media {
          ...ContentMediaItem
        }
      }
      ... on Project {
        title
        projectKind: kind
        summary
        startOn
        endOn
        site
        leadDepartment {
          name
        }
        partners {
          name
        }
        resources {
          side
          kind
          description
        }
        merits {
          side
          description
        }
        projectStatus: status
        media {
          ...ContentMediaItem
        }
      }
      ... on Announcement {
        title
        body
        category
        media {
          ...ContentMediaItem
        }
      }
    }
  }
`);async function ks(t){let n={"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},r=Me();r&&(n.Authorization=`Bearer ${r}`);let o;try{o=await fetch(Vt("graphql"),{method:"POST",headers:n,credentials:"omit",cache:"no-store",body:JSON.stringify({query:As.toString(),variables:{token:t}})})}catch{throw new z("NETWORK","")}let i=await o.json().catch(()=>({}));if(i.errors?.length){let d=i.errors[0].extensions?.code;throw new z(d==="UNAUTHENTICATED"||d==="NOT_FOUND"?"NOT_FOUND":"INTERNAL",i.errors[0].message)}if(!i.data)throw new z("UNAVAILABLE",`HTTP ${o.status}`);return i.data}function Ve({text:t}){return t?e(T,{children:t.split(/\n{2,}/).map((n,r)=>e("p",{class:"content-pre",children:n},r))}):e("p",{class:"muted",children:"—"})}function Q({label:t,value:n}){return e("div",{children:[e("dt",{children:t}),e("dd",{children:n||"—"})]})}function Gi({rs:t}){return e("div",{class:"table-wrap",children:e("table",{class:"table matrix",children:[e("caption",{children:s("resources")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:s("kindCol")}),ke.map(n=>e("th",{scope:"col",children:s(`side${n}`)},n))]})}),e("tbody",{children:At.map(n=>e("tr",{children:[e("th",{scope:"row",children:s(`res${n}`)}),ke.map(r=>e("td",{class:"content-pre",children:t.filter(o=>o.side===r&&o.kind===n).map(o=>o.description).join(`
`)||"—"},r))]},n))})]})})}function Jt({ms:t}){return e(T,{children:[e("h2",{children:s("merits")}),ke.map(n=>e("div",{children:[e("h3",{children:s("meritFor",{side:s(`side${n}`)})}),e("ul",{children:t.filter(r=>r.side===n).map((r,o)=>e("li",{children:r.description},o))})]},n))]})}function et({media:t}){return t.length===0?null:e(T,{children:[e("h2",{children:s("secMedia")}),e("ul",{children:t.map(n=>e("li",{children:[n.fileName,"（",Yt(n.size),"）",n.alt?`: ${n.alt}`:""]},n.id))})]})}function Is({n:t}){switch(t.__typename){case"Challenge":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(Q,{label:s("department"),value:t.department?.name}),e(Q,{label:s("opensAt"),value:E(t.opensAt)}),e(Q,{label:s("closesAt"),value:E(t.closesAt)}),e(Q,{label:s("tags"),value:t.tags.join("、")})]}),e("h2",{children:s("background")}),e(Ve,{text:t.background}),e("h2",{children:s("desiredOutcome")}),e(Ve,{text:t.desiredOutcome}),e(et,{media:t.media})]});case"CaseStudy":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(Q,{label:s("locality"),value:t.locality}),e(Q,{label:s("program"),value:t.program}),e(Q,{label:s("category"),value:s(`cat${t.caseCategory}`)}),e(Q,{label:s("startOn"),value:H(t.startOn)}),e(Q,{label:s("endOn"),value:H(t.endOn)}),e(Q,{label:s("dateNote"),value:t.dateNote}),e(Q,{label:s("partners"),value:t.partners.map(n=>n.name).join("、")}),e(Q,{label:s("tags"),value:t.tags.join("、")})]}),e("h2",{children:s("summary")}),e(Ve,{text:t.summary}),e(Gi,{rs:t.resources}),e(Jt,{ms:t.merits}),e(et,{media:t.media})]});case"Agreement":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(Q,{label:s("agreementKind"),value:s(`ak${t.agreementKind}`)}),e(Q,{label:s("agreementStatus"),value:s(`as${t.agreementStatus}`)}),e(Q,{label:s("parties"),value:t.parties.map(n=>n.name).join("、")}),e(Q,{label:s("signedOn"),value:H(t.signedOn)}),e(Q,{label:s("termStartOn"),value:H(t.termStartOn)}),e(Q,{label:s("termEndOn"),value:H(t.termEndOn)})]}),e("h2",{children:s("purpose")}),e(Ve,{text:t.purpose}),e("h2",{children:s("items")}),e("ul",{children:t.items.map((n,r)=>e("li",{children:n},r))}),e(Jt,{ms:t.merits}),e(et,{media:t.media})]});case"Project":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(Q,{label:s("projectKind"),value:s(`pk${t.projectKind}`)}),e(Q,{label:s("projectStatus"),value:s(`ps${t.projectStatus}`)}),e(Q,{label:s("leadDepartment"),value:t.leadDepartment?.name}),e(Q,{label:s("startOn"),value:H(t.startOn)}),e(Q,{label:s("endOn"),value:H(t.endOn)}),e(Q,{label:s("site"),value:t.site}),e(Q,{label:s("partners"),value:t.partners.map(n=>n.name).join("、")})]}),e("h2",{children:s("summary")}),e(Ve,{text:t.summary}),e(Gi,{rs:t.resources}),e(Jt,{ms:t.merits}),e(et,{media:t.media})]});case"Announcement":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:e(Q,{label:s("annCategory"),value:t.category})}),e(Ve,{text:t.body}),e(et,{media:t.media})]});default:return e("h1",{children:s("previewTitle")})}}function Yi({params:t}){let n=t.token??"",[r,o]=y(null),[i,d]=y(null);return ee(()=>{let l=!0;return o(null),d(null),ks(n).then(a=>l&&o(a),a=>l&&d(a instanceof z?a:new z("INTERNAL",String(a)))),()=>{l=!1}},[n]),i?e(T,{children:[e("h1",{children:s("previewTitle")}),i.code==="NOT_FOUND"?e("p",{role:"alert",children:s("previewGone")}):e($,{error:i})]}):r?r.preview?e("article",{class:"content-preview","data-testid":"preview",children:[e("p",{children:[e(F,{tone:"warning",icon:"◎",children:s("previewTitle")})," ",s("previewNote")]}),e(Is,{n:r.preview})]}):e(T,{children:[e("h1",{children:s("previewTitle")}),e("p",{role:"alert",children:s("previewGone")})]}):e(j,{label:b("loading")})}var Xi=["PARTNERSHIP","DEMONSTRATION"],Zi=["PLANNED","ONGOING","COMPLETED","CANCELLED"],$s=D(`
  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {
    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          kind
          status
          startOn
          endOn
          leadDepartment {
            name
          }
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function eo(t){let n=Ce({search:"",kind:"",status:"",departmentId:""}),r={search:V(n.filter.search),kind:V(n.filter.kind),status:V(n.filter.status),departmentId:V(n.filter.departmentId)},o=N($s,{first:ne,after:n.after,filter:r});return e(pe,{title:s("listProjects"),newLabel:s("newProject"),newPath:"/content/projects/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(w,{label:s("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:s("searchHelp")}),e(O,{label:s("projectKind"),value:n.draft.kind,onChange:i=>n.setDraft({...n.draft,kind:i}),options:se(Xi,i=>s(`pk${i}`),s("any"))}),e(O,{label:s("projectStatus"),value:n.draft.status,onChange:i=>n.setDraft({...n.draft,status:i}),options:se(Zi,i=>s(`ps${i}`),s("any"))}),e(Be,{label:s("leadDepartment"),value:n.draft.departmentId,onChange:i=>n.setDraft({...n.draft,departmentId:i}),noneLabel:s("any")})]}),children:[e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:b("retry")}),o.loading&&!o.data&&e(j,{label:b("loading")}),e(X,{caption:s("listProjects"),testid:"project-list",page:o.data?.projects,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:ne,columns:[{header:s("colTitle"),cell:i=>e("a",{href:R(`/content/projects/${i.id}`),children:i.title})},{header:s("colKind"),cell:i=>s(`pk${i.kind}`)},{header:s("colDepartment"),cell:i=>i.leadDepartment?.name??"—"},{header:s("colPeriod"),cell:i=>i.startOn||i.endOn?`${H(i.startOn)} 〜 ${H(i.endOn)}`:"—"},{header:s("colStatus"),cell:i=>s(`ps${i.status}`)},{header:s("colState"),cell:i=>e(me,{state:i.publicationState,publishedAt:i.publishedAt})},{header:s("colUpdated"),cell:i=>E(i.updatedAt)}]})]})}var Ps=D(`
  query ContentProject($id: ID!) {
    project(id: $id) {
      id
      kind
      title
      summary
      startOn
      endOn
      site
      leadDepartment {
        id
        name
      }
      partners {
        id
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      status
      agreement {
        id
        title
      }
      publicationState
      publishedAt
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
    }
  }
`),Ss=D(`
  query ContentProjectAgreements {
    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`),ws=D(`
  mutation ContentProjectCreate($input: ProjectInput!) {
    createProject(input: $input) {
      id
    }
  }
`),xs=D(`
  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
    updateProject(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Ts=D(`
  mutation ContentProjectDelete($id: ID!) {
    deleteProject(id: $id)
  }
`),Ns={kind:"PARTNERSHIP",title:"",summary:"",startOn:"",endOn:"",site:"",leadDepartmentId:"",partners:[],resources:{},merits:{CITY:"",PARTNER:""},status:"PLANNED",agreementId:""};function Ji(t){return{kind:t.kind,title:t.title,summary:t.summary,startOn:V(t.startOn),endOn:V(t.endOn),site:t.site,leadDepartmentId:V(t.leadDepartmentId),partnerIds:t.partners.map(n=>n.id),resources:It(t.resources),merits:Fe(t.merits),status:t.status,agreementId:V(t.agreementId)}}function to({params:t}){let n=t.id==="new",r=N(Ps,{id:t.id??""},n),o=N(Ss,{}),i=n?null:r.data?.project,d=le({q:r,item:i,blank:Ns,toForm:m=>({kind:m.kind,title:m.title,summary:m.summary,startOn:m.startOn??"",endOn:m.endOn??"",site:m.site,leadDepartmentId:m.leadDepartment?.id??"",partners:m.partners.map(p=>({id:p.id,name:p.name})),resources:kt(m.resources),merits:Le(m.merits),status:m.status,agreementId:m.agreement?.id??""}),create:async m=>(await x(ws,{input:Ji(m)})).createProject.id,update:(m,p)=>x(xs,{id:t.id,input:Ji(m),version:p}),path:m=>`/content/projects/${m}`}),l=n?s("newProject"):s("editProject");if(!n&&!i)return e(T,{children:[e(te,{title:l,list:"/content/projects",listLabel:s("listProjects")}),r.loading?e(j,{label:b("loading")}):e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:b("retry")})]});let a=d.form,f=[{value:"",label:s("noAgreement")},...(o.data?.agreements.edges??[]).map(m=>({value:m.node.id,label:m.node.title}))];return i?.agreement&&!f.some(m=>m.value===i.agreement.id)&&f.push({value:i.agreement.id,label:i.agreement.title}),e(T,{children:[e(te,{title:l,list:"/content/projects",listLabel:s("listProjects"),children:i&&e("p",{class:"content-sub",children:s("version",{n:i.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:m=>{m.preventDefault(),d.save()},children:[e(B,{children:d.notice}),e(ue,{error:d.error,onReload:d.reload}),e(w,{label:s("name"),value:a.title,onInput:m=>d.set("title",m),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(O,{label:s("projectKind"),value:a.kind,onChange:m=>d.set("kind",m),options:se(Xi,m=>s(`pk${m}`))}),e(O,{label:s("projectStatus"),value:a.status,onChange:m=>d.set("status",m),options:se(Zi,m=>s(`ps${m}`))})]}),e(Be,{label:s("leadDepartment"),value:a.leadDepartmentId,onChange:m=>d.set("leadDepartmentId",m),noneLabel:s("noDepartment"),testid:"field-department"}),e(J,{label:s("summary"),value:a.summary,onInput:m=>d.set("summary",m),rows:6}),e("div",{class:"content-pair",children:[e(w,{label:s("startOn"),type:"date",value:a.startOn,onInput:m=>d.set("startOn",m),help:H(a.startOn)}),e(w,{label:s("endOn"),type:"date",value:a.endOn,onInput:m=>d.set("endOn",m),help:H(a.endOn)})]}),e(w,{label:s("site"),value:a.site,onInput:m=>d.set("site",m)}),e(Ue,{legend:s("partners"),value:a.partners,onChange:m=>d.set("partners",m)}),e($t,{value:a.resources,onChange:m=>d.set("resources",m)}),e(je,{value:a.merits,onChange:m=>d.set("merits",m)}),e(O,{label:s("agreement"),value:a.agreementId,onChange:m=>d.set("agreementId",m),options:f}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:d.busy,"data-testid":"save",children:n?s("create"):s("saveDraft")})})]}),i?e("aside",{class:"content-side",children:[e(he,{id:i.id,title:i.title,state:i.publicationState,publishedAt:i.publishedAt,remove:m=>x(Ts,{id:m}),onChanged:d.reload,onRestored:d.reload}),e(De,{contentId:i.id,media:i.media,onChanged:d.reload}),e(be,{id:i.id,version:i.version,onRestored:d.reload})]}):e("p",{class:"help",children:s("mediaAfterCreate")})]})]})}var no=[{path:"/content/challenges/:id",component:Ki,permission:{resource:"challenge",action:"write"}},{path:"/content/challenges",component:Hi,nav:{label:()=>s("navChallenges"),order:200},permission:{resource:"challenge",action:"write"}},{path:"/content/case-studies/:id",component:Ui,permission:{resource:"caseStudy",action:"write"}},{path:"/content/case-studies",component:Bi,nav:{label:()=>s("navCaseStudies"),order:210},permission:{resource:"caseStudy",action:"write"}},{path:"/content/agreements/:id",component:Ri,permission:{resource:"agreement",action:"write"}},{path:"/content/agreements",component:Ei,nav:{label:()=>s("navAgreements"),order:220},permission:{resource:"agreement",action:"write"}},{path:"/content/projects/:id",component:to,permission:{resource:"project",action:"write"}},{path:"/content/projects",component:eo,nav:{label:()=>s("navProjects"),order:230},permission:{resource:"project",action:"write"}},{path:"/content/announcements/:id",component:Li,permission:{resource:"announcement",action:"write"}},{path:"/content/announcements",component:qi,nav:{label:()=>s("navAnnouncements"),order:240},permission:{resource:"announcement",action:"write"}},{path:"/content/methods/:id",component:zi,permission:{resource:"collaborationMethod",action:"write"}},{path:"/content/methods",component:Qi,nav:{label:()=>s("navMethods"),order:250},permission:{resource:"collaborationMethod",action:"write"}},{path:"/preview/:token",component:Yi,permission:{resource:"content",action:"preview"}}];var c=fe({navInquiries:"お問い合わせ",navAccounts:"職員アカウント",navDepartments:"部署",navWebhooks:"Webhook（外部通知）",navAudit:"操作ログ",filters:"絞り込み",apply:"絞り込む",clearFilters:"条件をクリア",all:"すべて",actions:"操作",status:"状態",createdAt:"登録日時",done:"{what} を行いました。",loadingPerms:"権限を確認しています…",inquiriesTitle:"お問い合わせ",inquiriesCaption:"お問い合わせの一覧（新しい順）",inquiryStatus:"対応状況",inquiryOpen:"未対応",inquiryClosed:"対応済み",receivedAt:"受付日時",subject:"件名",sender:"差出人",affiliation:"所属",name:"氏名",email:"メールアドレス",phone:"電話番号",body:"内容",noAffiliation:"（所属なし）",inquiryTitle:"お問い合わせの詳細",backToInquiries:"お問い合わせの一覧へ戻る",closeInquiry:"対応済みにする",closeInquiryConfirm:"このお問い合わせを対応済みにしますか？",closeInquiryBody:"「{subject}」を対応済みにします。対応済みにしたお問い合わせは元に戻せません。",inquiryClosedNotice:"お問い合わせを対応済みにしました。",replyByMail:"メールで返信する",accountsTitle:"職員アカウント",accountsCaption:"アカウントの一覧",role:"役割",roleDESK:"公民連携デスク",roleDEPARTMENT:"事業担当課",rolePROPOSER:"提案者（事業者等）",roleADMIN:"システム運用者",search:"キーワード（氏名・メールアドレス）",displayName:"表示名（氏名）",belongsTo:"所属",accountActive:"有効",accountDisabled:"無効",disable:"無効にする",enable:"有効にする",disableConfirm:"{name} さんのアカウントを無効にしますか？",disableBody:"無効にすると、このアカウントではサインインできなくなります。あとで有効に戻せます。",enableConfirm:"{name} さんのアカウントを有効にしますか？",enableBody:"有効にすると、このアカウントで再びサインインできるようになります。",cannotToggle:"このアカウントは変更できません。",disabledNotice:"{name} さんのアカウントを無効にしました。",enabledNotice:"{name} さんのアカウントを有効にしました。",newStaff:"職員アカウントを作成",newStaffTitle:"職員アカウントの作成",staffRole:"役割",department:"所属部署",departmentNone:"（選択してください）",departmentHelp:"事業担当課の職員は所属部署が必須です。",initialPassword:"初期パスワード",initialPasswordHelp:"10文字以上。ご本人に安全な方法で伝え、サインイン後に変更してもらってください。",create:"作成する",createdStaffNotice:"{name} さんの職員アカウントを作成しました。",departmentsTitle:"部署",departmentTree:"部署の構成",kind:"階層",kindBUREAU:"局",kindDIVISION:"部",kindSECTION:"課",newDepartment:"部署の追加",deptName:"部署名",parent:"上位の部署",parentTop:"（最上位）",position:"並び順",positionHelp:"同じ上位部署の中で小さい数字ほど先に並びます（省略可）。",add:"追加する",addedDeptNotice:"部署「{name}」を追加しました。",editDepartment:"「{name}」の変更",selectToEdit:"変更する部署を一覧から選んでください。",edit:"変更",rename:"名称・階層を保存",savedDeptNotice:"部署「{name}」を保存しました。",move:"移動する",moveTo:"移動先（上位の部署）",moveHelp:"自分自身やその下位の部署の下には移動できません。最上位へは移動できません。",movedDeptNotice:"部署「{name}」を移動しました。",deleteDept:"削除する",deleteDeptConfirm:"部署「{name}」を削除しますか？",deleteDeptBody:"下位の部署・職員・コンテンツ・提案の担当がある部署は削除できません。",deletedDeptNotice:"部署「{name}」を削除しました。",deptInUse:"この部署は使われているため削除できません。下位の部署・職員・コンテンツ・提案の担当を先に移してください。",noDepartments:"部署はまだありません。",webhooksTitle:"Webhook（外部通知）",webhooksIntro:"コンテンツの公開などを、登録したURLへ自動で知らせます（オープンデータのサイトや庁内システム向け）。",webhooksCaption:"登録済みの送信先",url:"送信先URL",urlHelp:"http:// または https:// で始まるURL。",events:"通知する出来事",eventCONTENT_PUBLISHED:"公開（予約公開を含む）",eventCONTENT_UNPUBLISHED:"公開の取り消し",eventCONTENT_ARCHIVED:"アーカイブ",eventCONTENT_CHANGED:"内容の変更（版の復元など）",active:"有効",inactive:"停止中",register:"登録する",newWebhook:"送信先の登録",secretOnce:"署名用の秘密鍵です。この画面を閉じると二度と表示されません。送信先のシステムに設定してください（本文の HMAC-SHA256 が X-Pppdesk-Signature ヘッダーで届きます）。",secret:"秘密鍵",registeredNotice:"送信先 {url} を登録しました。",deleteWebhook:"削除する",deleteWebhookConfirm:"送信先 {url} を削除しますか？",deleteWebhookBody:"削除すると、この送信先への通知は止まります。",deletedWebhookNotice:"送信先 {url} を削除しました。",deliveries:"送信ログ",deliveryLog:"送信ログを見る",webhookTitle:"送信先の詳細",backToWebhooks:"Webhook の一覧へ戻る",deliveriesCaption:"送信ログ（新しい順、最大{n}件）",event:"出来事",attempts:"試行回数",lastStatusCode:"最後の応答",lastError:"最後のエラー",queuedAt:"受付日時",nextAttemptAt:"次の試行",deliveredAt:"送信成功",deliveryPENDING:"送信待ち",deliveryDELIVERED:"送信済み",deliveryFAILED:"失敗",noResponse:"応答なし",showMore:"さらに表示",webhookMissing:"この送信先は見つかりません（削除された可能性があります）。",chooseEvent:"少なくとも一つ選んでください。",auditTitle:"操作ログ",auditIntro:"だれが、いつ、何を変更したかの記録です（新しい順）。",auditCaption:"操作ログ",at:"日時",actor:"操作した人",action:"操作",target:"対象",changes:"変更内容",system:"（システム・一般の方）",period:"期間",fromDate:"開始日",toDate:"終了日（この日を含む）",targetType:"対象の種類",onlyTarget:"対象 {id} の記録だけを表示しています。",showAllTargets:"すべての対象を表示",thisTargetOnly:"この対象の記録"},{navInquiries:"Inquiries",navAccounts:"Staff accounts",navDepartments:"Departments",navWebhooks:"Webhooks",navAudit:"Audit log",filters:"Filters",apply:"Filter",clearFilters:"Clear filters",all:"All",actions:"Actions",status:"Status",createdAt:"Created",done:"Done: {what}.",loadingPerms:"Checking your rights…",inquiriesTitle:"Inquiries",inquiriesCaption:"Inquiries, newest first",inquiryStatus:"Status",inquiryOpen:"Open",inquiryClosed:"Closed",receivedAt:"Received",subject:"Subject",sender:"From",affiliation:"Affiliation",name:"Name",email:"Email",phone:"Phone",body:"Message",noAffiliation:"(no affiliation)",inquiryTitle:"Inquiry",backToInquiries:"Back to inquiries",closeInquiry:"Mark as handled",closeInquiryConfirm:"Mark this inquiry as handled?",closeInquiryBody:'"{subject}" will be closed. A closed inquiry cannot be reopened.',inquiryClosedNotice:"The inquiry is closed.",replyByMail:"Reply by email",accountsTitle:"Staff accounts",accountsCaption:"Accounts",role:"Role",roleDESK:"PPP desk",roleDEPARTMENT:"Department",rolePROPOSER:"Proposer",roleADMIN:"Platform operator",search:"Keyword (name, email)",displayName:"Display name",belongsTo:"Belongs to",accountActive:"Active",accountDisabled:"Disabled",disable:"Disable",enable:"Enable",disableConfirm:"Disable the account of {name}?",disableBody:"A disabled account cannot sign in. You can enable it again later.",enableConfirm:"Enable the account of {name}?",enableBody:"The account will be able to sign in again.",cannotToggle:"This account cannot be changed.",disabledNotice:"Disabled the account of {name}.",enabledNotice:"Enabled the account of {name}.",newStaff:"Create a staff account",newStaffTitle:"New staff account",staffRole:"Role",department:"Department",departmentNone:"(choose)",departmentHelp:"Required for department staff.",initialPassword:"Initial password",initialPasswordHelp:"At least 10 characters. Tell it to the person safely and have them change it.",create:"Create",createdStaffNotice:"Created the staff account of {name}.",departmentsTitle:"Departments",departmentTree:"Department tree",kind:"Level",kindBUREAU:"Bureau",kindDIVISION:"Division",kindSECTION:"Section",newDepartment:"Add a department",deptName:"Name",parent:"Parent department",parentTop:"(top level)",position:"Position",positionHelp:"Smaller numbers come first among siblings (optional).",add:"Add",addedDeptNotice:'Added "{name}".',editDepartment:'Change "{name}"',selectToEdit:"Choose a department in the tree to change it.",edit:"Change",rename:"Save name and level",savedDeptNotice:'Saved "{name}".',move:"Move",moveTo:"Move under",moveHelp:"Not under itself or its own sub-departments; moving to the top level is not possible.",movedDeptNotice:'Moved "{name}".',deleteDept:"Delete",deleteDeptConfirm:'Delete "{name}"?',deleteDeptBody:"A department with sub-departments, staff, content or proposal assignments cannot be deleted.",deletedDeptNotice:'Deleted "{name}".',deptInUse:"This department is in use and cannot be deleted. Move its sub-departments, staff, content and proposal assignments first.",noDepartments:"No departments yet.",webhooksTitle:"Webhooks",webhooksIntro:"Tell registered URLs automatically when content is published and so on (open-data sites, internal systems).",webhooksCaption:"Registered endpoints",url:"Endpoint URL",urlHelp:"A URL starting with http:// or https://.",events:"Events",eventCONTENT_PUBLISHED:"Published (or scheduled)",eventCONTENT_UNPUBLISHED:"Unpublished",eventCONTENT_ARCHIVED:"Archived",eventCONTENT_CHANGED:"Changed (e.g. a revision restored)",active:"Active",inactive:"Stopped",register:"Register",newWebhook:"Register an endpoint",secretOnce:"The signing secret. It is shown only now: set it in the receiving system (the body's HMAC-SHA256 arrives in the X-Pppdesk-Signature header).",secret:"Secret",registeredNotice:"Registered {url}.",deleteWebhook:"Delete",deleteWebhookConfirm:"Delete the endpoint {url}?",deleteWebhookBody:"Deliveries to this endpoint stop.",deletedWebhookNotice:"Deleted {url}.",deliveries:"Delivery log",deliveryLog:"Delivery log",webhookTitle:"Webhook endpoint",backToWebhooks:"Back to webhooks",deliveriesCaption:"Deliveries, newest first (up to {n})",event:"Event",attempts:"Attempts",lastStatusCode:"Last response",lastError:"Last error",queuedAt:"Queued",nextAttemptAt:"Next attempt",deliveredAt:"Delivered",deliveryPENDING:"Pending",deliveryDELIVERED:"Delivered",deliveryFAILED:"Failed",noResponse:"none",showMore:"Show more",webhookMissing:"This endpoint no longer exists.",chooseEvent:"Choose at least one.",auditTitle:"Audit log",auditIntro:"Who changed what, and when (newest first).",auditCaption:"Audit log",at:"When",actor:"Who",action:"Action",target:"Target",changes:"Changes",system:"(system or the public)",period:"Period",fromDate:"From",toDate:"To (inclusive)",targetType:"Target type",onlyTarget:"Showing the entries of target {id} only.",showAllTargets:"Show all targets",thisTargetOnly:"Entries of this target"});var K=fe({nav:"統計",title:"統計",intro:"期間内に提出された提案の件数と、その現在の状況です。年度は4月1日〜3月31日、日付はすべて日本時間です。下書きは数えません。",period:"集計期間",from:"開始日",to:"終了日",groupBy:"集計単位",byFiscalYear:"年度ごと",byMonth:"月ごと",show:"表示する",download:"CSV をダウンロード",downloaded:"CSV をダウンロードしました。",badRange:"開始日と終了日を正しく入力してください（終了日は開始日以降）。",caption:"提案の受付と結果（{from}〜{to}、{by}）",schemeCaption:"希望する連携手法別の受付件数（期間全体）",colPeriod:"期間",colReceived:"受付",colFree:"自由提案",colChallenge:"課題提案",colAssigned:"担当課へ依頼",colAccepted:"採択",colDeclined:"不採択",colWithdrawn:"取下げ",colProjects:"事業化",colAgreements:"協定締結",colFirstResponse:"初回対応までの日数 中央値／90%",colDecision:"採否決定までの日数 中央値／90%",colScheme:"連携手法",colCount:"件数",total:"合計",none:"—",days:"{median}日／{p90}日",noSchemes:"この期間に受け付けた提案はありません。",definitions:"初回対応：提案者に見える職員のメッセージ、または職員による最初の状態変更のうち早い方。中央値と90%はnearest-rank法（小さい順に並べて件数×割合を切り上げた順位の値）。"},{nav:"Statistics",title:"Statistics",intro:"Proposals submitted in the range and what became of them. A fiscal year runs April 1 to March 31; all dates are Japan time. Drafts never count.",period:"Range",from:"From",to:"To",groupBy:"Group by",byFiscalYear:"Fiscal year",byMonth:"Month",show:"Show",download:"Download CSV",downloaded:"The CSV was downloaded.",badRange:"Enter a valid range (the end on or after the start).",caption:"Proposals received and their outcome ({from} – {to}, {by})",schemeCaption:"Received by desired scheme (whole range)",colPeriod:"Period",colReceived:"Received",colFree:"Free",colChallenge:"Challenge",colAssigned:"Assigned",colAccepted:"Accepted",colDeclined:"Declined",colWithdrawn:"Withdrawn",colProjects:"Became projects",colAgreements:"Became agreements",colFirstResponse:"Days to first response (median / p90)",colDecision:"Days to decision (median / p90)",colScheme:"Scheme",colCount:"Count",total:"Total",none:"—",days:"{median} / {p90} days",noSchemes:"No proposal was received in this range.",definitions:"First response: the first staff message the proposer can read or the first status change by staff, whichever came first. Median and p90 are nearest-rank (the value at rank ceil(count × p) in ascending order)."});function Se(){let t=ye();return(n,r)=>oe(t,{resource:n,action:r})}function He(t){let[n,r]=y({key:t,after:null});return[n.key===t?n.after:null,o=>r({key:t,after:o})]}function Ke(t){let n=new Set(t.map(a=>a.id)),r=new Map,o=[];for(let a of t){let f=a.parent?.id;f&&n.has(f)&&f!==a.id?r.set(f,[...r.get(f)??[],a]):o.push(a)}let i=new Set,d=(a,f)=>{if(i.has(a.id))return null;i.add(a.id);let m=(r.get(a.id)??[]).map(p=>d(p,f+1)).filter(p=>p!==null);return{dept:a,depth:f,children:m}},l=o.map(a=>d(a,0)).filter(a=>a!==null);for(let a of t){let f=i.has(a.id)?null:d(a,0);f&&l.push(f)}return l}function We(t){return t.flatMap(n=>[n,...We(n.children)])}function tt(t,n){return`${"　".repeat(n)}${n>0?"└ ":""}${t}`}function ro(t,n){let r=new Set([n]),o=!0;for(;o;){o=!1;for(let i of t){let d=i.parent?.id;d&&r.has(d)&&!r.has(i.id)&&(r.add(i.id),o=!0)}}return r}var _s=D(`
  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          displayName
          email
          role
          disabled
          createdAt
          department {
            id
            name
          }
          organization {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),Ms=D(`
  query DeskAccountDepartments {
    municipality {
      id
      departments {
        id
        name
        parent {
          id
        }
      }
    }
  }
`),Es=D(`
  mutation DeskCreateStaff($input: StaffAccountInput!) {
    createStaffAccount(input: $input) {
      id
      displayName
    }
  }
`),Rs=D(`
  mutation DeskDisableAccount($id: ID!) {
    disableAccount(id: $id) {
      id
      disabled
    }
  }
`),Os=D(`
  mutation DeskEnableAccount($id: ID!) {
    enableAccount(id: $id) {
      id
      disabled
    }
  }
`),io=20,oo=["DESK","DEPARTMENT","PROPOSER","ADMIN"];function nt(t){return c(`role${t}`)}function qs(t){return oo.includes(t)?t:null}function ao({query:t}){let n=qs(t.get("role")),r=t.get("q")??"",o=`${n}|${r}`,[i,d]=He(o),l=o,[a,f]=y(r),[m,p]=y(""),[v,h]=y(!1),[u,P]=y(null),C=Se(),A=ye().me,q=N(_s,{first:io,after:i,filter:{role:n,search:r||null}}),M=L(async S=>{S.disable?await x(Rs,{id:S.id}):await x(Os,{id:S.id}),P(null),p(c(S.disable?"disabledNotice":"enabledNotice",{name:S.name})),await q.reload()}),_=(S,ce)=>re("/desk/accounts",{role:S||void 0,q:ce.trim()||void 0});return e("section",{children:[e("h1",{children:c("accountsTitle")}),e(B,{children:m}),C("account","createStaff")&&!v&&e("div",{class:"actions",children:e(I,{variant:"primary",onClick:()=>h(!0),"data-testid":"staff-new",children:c("newStaff")})}),v&&e(Ls,{onDone:S=>{h(!1),p(c("createdStaffNotice",{name:S})),q.reload()},onCancel:()=>h(!1)}),e("form",{class:"desk-filters",role:"search","aria-label":c("filters"),onSubmit:S=>{S.preventDefault(),_(n??"",a)},children:[e(O,{label:c("role"),value:n??"",testid:"account-role",onChange:S=>_(S,a),options:[{value:"",label:c("all")},...oo.map(S=>({value:S,label:nt(S)}))]}),e(w,{label:c("search"),type:"search",value:a,onInput:f,testid:"account-search"}),e("div",{class:"desk-filter-buttons",children:[e(I,{type:"submit",children:c("apply")}),(n||r)&&e(I,{variant:"link",onClick:()=>{f(""),_("","")},children:c("clearFilters")})]})]}),e($,{error:q.error,onRetry:()=>{q.reload()},retryLabel:b("retry")}),e(X,{caption:c("accountsCaption"),testid:"accounts",page:q.data?.users,after:i,onAfter:d,resetKey:l,pageSize:io,rowKey:S=>S.id,columns:[{header:c("displayName"),cell:S=>S.displayName},{header:c("email"),cell:S=>S.email??"—"},{header:c("role"),cell:S=>nt(S.role),class:"desk-nowrap"},{header:c("belongsTo"),cell:S=>S.department?.name??S.organization?.name??"—"},{header:c("status"),cell:S=>S.disabled?e(F,{tone:"danger",icon:"×",children:c("accountDisabled")}):e(F,{tone:"success",icon:"✓",children:c("accountActive")})},{header:c("createdAt"),cell:S=>E(S.createdAt),class:"desk-nowrap"},{header:c("actions"),cell:S=>C("account","disable")&&S.id!==A.id?e(I,{variant:S.disabled?"secondary":"danger","aria-label":`${c(S.disabled?"enable":"disable")}: ${S.displayName}`,"data-testid":`account-toggle-${S.id}`,onClick:()=>P({id:S.id,name:S.displayName,disable:!S.disabled}),children:c(S.disabled?"enable":"disable")}):null,class:"desk-nowrap"}]}),e(ie,{open:u!==null,title:u?c(u.disable?"disableConfirm":"enableConfirm",{name:u.name}):"",confirmLabel:u?c(u.disable?"disable":"enable"):void 0,danger:u?.disable,busy:M.busy,onConfirm:()=>u&&void M.run(u),onCancel:()=>{M.clear(),P(null)},children:[e("p",{children:u?c(u.disable?"disableBody":"enableBody"):""}),M.error?.code==="CONFLICT"?e("p",{class:"field-error",role:"alert",children:[c("cannotToggle")," ",b("serverSays",{msg:M.error.serverMessage})]}):e($,{error:M.error})]})]})}function Ls({onDone:t,onCancel:n}){let r=N(Ms,{}),[o,i]=y(""),[d,l]=y(""),[a,f]=y("DEPARTMENT"),[m,p]=y(""),[v,h]=y(""),u=L(async()=>{let A=await x(Es,{input:{email:o,displayName:d,role:a,departmentId:m||null,password:v}});t(A.createStaffAccount.displayName)}),P=A=>u.error?.field===`input.${A}`?u.error.clerkMessage():void 0,C=We(Ke(r.data?.municipality.departments??[]));return e("form",{class:"desk-panel","aria-labelledby":"staff-form-title",onSubmit:A=>{A.preventDefault(),u.run()},children:[e("h2",{id:"staff-form-title",children:c("newStaffTitle")}),e($,{error:r.error}),e(O,{label:c("staffRole"),required:!0,value:a,testid:"staff-role",onChange:A=>f(A),options:["DEPARTMENT","DESK"].map(A=>({value:A,label:nt(A)}))}),e(O,{label:c("department"),required:a==="DEPARTMENT",help:c("departmentHelp"),error:P("departmentId"),value:m,testid:"staff-department",onChange:p,options:[{value:"",label:c("departmentNone")},...C.map(A=>({value:A.dept.id,label:tt(A.dept.name,A.depth)}))]}),e(w,{label:c("displayName"),required:!0,value:d,onInput:l,error:P("displayName"),testid:"staff-name",autocomplete:"off"}),e(w,{label:c("email"),type:"email",required:!0,value:o,onInput:i,error:P("email"),testid:"staff-email",autocomplete:"off"}),e(w,{label:c("initialPassword"),type:"password",required:!0,value:v,onInput:h,help:c("initialPasswordHelp"),error:P("password"),testid:"staff-password",autocomplete:"new-password"}),e($,{error:u.error}),e("div",{class:"actions",children:[e(I,{type:"submit",variant:"primary",busy:u.busy,"data-testid":"staff-create",children:c("create")}),e(I,{onClick:n,children:b("cancel")})]})]})}var Fs=D(`
  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          actor {
            id
            displayName
          }
          action
          targetType
          targetId
          changes
          at
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),js=D(`
  query DeskAuditActors {
    users(first: 100) {
      edges {
        node {
          id
          displayName
          role
        }
      }
    }
  }
`),so=50,co=[{value:"inquiry.",ja:"お問い合わせ（すべて）",en:"Inquiries (all)"},{value:"inquiry.submit",ja:"お問い合わせの受付",en:"Inquiry received"},{value:"inquiry.close",ja:"お問い合わせの対応済み",en:"Inquiry closed"},{value:"proposal.",ja:"提案（すべて）",en:"Proposals (all)"},{value:"proposal.assign",ja:"提案の担当課への依頼",en:"Proposal assigned"},{value:"proposal.respond",ja:"担当課の回答",en:"Department answered"},{value:"proposal.link",ja:"提案と事業・協定の結び付け",en:"Proposal linked"},{value:"proposal.message",ja:"対話・庁内メモの投稿",en:"Message posted"},{value:"content.",ja:"コンテンツ（すべて）",en:"Content (all)"},{value:"content.create",ja:"コンテンツの作成",en:"Content created"},{value:"content.update",ja:"コンテンツの更新",en:"Content updated"},{value:"content.delete",ja:"コンテンツの削除",en:"Content deleted"},{value:"content.published",ja:"公開",en:"Published"},{value:"content.draft",ja:"公開の取り消し",en:"Unpublished"},{value:"content.archived",ja:"アーカイブ",en:"Archived"},{value:"content.restore",ja:"版の復元",en:"Revision restored"},{value:"account.",ja:"アカウント（すべて）",en:"Accounts (all)"},{value:"account.createStaff",ja:"職員アカウントの作成",en:"Staff account created"},{value:"account.disable",ja:"アカウントの無効化",en:"Account disabled"},{value:"account.enable",ja:"アカウントの有効化",en:"Account enabled"},{value:"department.",ja:"部署（すべて）",en:"Departments (all)"},{value:"department.save",ja:"部署の追加・変更",en:"Department saved"},{value:"department.delete",ja:"部署の削除",en:"Department deleted"},{value:"organization.",ja:"事業者等（すべて）",en:"Organizations (all)"},{value:"webhook.",ja:"Webhook（すべて）",en:"Webhooks (all)"},{value:"webhook.register",ja:"Webhook の登録",en:"Webhook registered"},{value:"webhook.delete",ja:"Webhook の削除",en:"Webhook deleted"}],mo=[{value:"Inquiry",ja:"お問い合わせ",en:"Inquiry"},{value:"Proposal",ja:"提案",en:"Proposal"},{value:"User",ja:"アカウント",en:"Account"},{value:"Department",ja:"部署",en:"Department"},{value:"Organization",ja:"事業者等",en:"Organization"},{value:"Challenge",ja:"課題",en:"Challenge"},{value:"CaseStudy",ja:"連携事例",en:"Case study"},{value:"Agreement",ja:"協定",en:"Agreement"},{value:"Project",ja:"事業",en:"Project"},{value:"Announcement",ja:"お知らせ",en:"Announcement"},{value:"CollaborationMethod",ja:"連携手法",en:"Collaboration method"},{value:"Webhook",ja:"Webhook",en:"Webhook"}];function lo(t,n){let r=t.find(o=>o.value.toLowerCase()===n.toLowerCase());return r?ge()==="en"?r.en:r.ja:void 0}function uo(t){return`${t}T00:00:00+09:00`}function Bs(t){let[n,r,o]=t.split("-").map(Number);return new Date(Date.UTC(n,r-1,o+1)).toISOString().slice(0,10)}var po=t=>!!t&&/^\d{4}-\d{2}-\d{2}$/.test(t);function Us(t){let n={},r=t.get("from"),o=t.get("to");return po(r)&&(n.from=uo(r)),po(o)&&(n.to=uo(Bs(o))),t.get("actor")&&(n.actorId=t.get("actor")),t.get("action")&&(n.action=t.get("action")),t.get("type")&&(n.targetType=t.get("type")),t.get("target")&&(n.targetId=t.get("target")),Object.keys(n).length>0?n:null}function Vs(t){let n=encodeURIComponent(t.targetId);switch(t.targetType.toLowerCase()){case"inquiry":return R(`/desk/inquiries/${n}`,{status:"ALL"});case"proposal":return R(`/proposals/${n}`);case"department":return R("/desk/departments",{id:t.targetId});case"webhook":return R(`/desk/webhooks/${n}`);default:return null}}function Hs(t){if(!t||t==="{}"||t==="null")return"—";try{let n=JSON.parse(t);if(n&&typeof n=="object"&&"fields"in n&&Array.isArray(n.fields))return n.fields.map(String).join("、")||"—"}catch{}return t}function go({query:t}){let n=Us(t),r=JSON.stringify(n),[o,i]=He(r),d=N(Fs,{first:so,after:o,filter:n}),l=(a,f)=>{let m=Object.fromEntries(t.entries());m[a]=f,re("/desk/audit",m)};return e("section",{children:[e("h1",{children:c("auditTitle")}),e("p",{children:c("auditIntro")}),e(Ks,{query:t},t.toString()),t.get("target")&&e("p",{children:[c("onlyTarget",{id:t.get("target")})," ",e(I,{variant:"link",onClick:()=>l("target",void 0),children:c("showAllTargets")})]}),e($,{error:d.error,onRetry:()=>{d.reload()},retryLabel:b("retry")}),e(X,{caption:c("auditCaption"),testid:"audit",page:d.data?.auditLog,after:o,onAfter:i,resetKey:r,pageSize:so,rowKey:a=>`${a.at}|${a.action}|${a.targetType}|${a.targetId}|${a.actor?.id??""}`,columns:[{header:c("at"),cell:a=>E(a.at),class:"desk-nowrap"},{header:c("actor"),cell:a=>a.actor?.displayName??c("system")},{header:c("action"),cell:a=>e(T,{children:[lo(co,a.action)??""," ",e("code",{children:a.action})]})},{header:c("target"),cell:a=>{let f=Vs(a),m=`${lo(mo,a.targetType)??a.targetType} ${a.targetId}`;return e(T,{children:[f?e("a",{href:f,children:m}):m,t.get("target")!==a.targetId&&e(T,{children:[" ",e("a",{href:R("/desk/audit",{...Object.fromEntries(t.entries()),target:a.targetId,type:void 0}),class:"desk-small",children:c("thisTargetOnly")})]})]})},class:"desk-break"},{header:c("changes"),cell:a=>Hs(a.changes),class:"desk-break"}]})]})}function Ks({query:t}){let n=N(js,{}),[r,o]=y(t.get("from")??""),[i,d]=y(t.get("to")??""),[l,a]=y(t.get("actor")??""),[f,m]=y(t.get("action")??""),[p,v]=y(t.get("type")??""),h=t.get("target")??void 0,u=["from","to","actor","action","type","target"].some(C=>t.get(C)),P=ge()==="en";return e("form",{class:"desk-panel desk-audit-filters",role:"search","aria-label":c("filters"),onSubmit:C=>{C.preventDefault(),re("/desk/audit",{from:r,to:i,actor:l,action:f,type:p,target:h})},children:[e(Y,{legend:c("period"),class:"desk-period",children:[e(w,{label:c("fromDate"),type:"date",value:r,onInput:o,testid:"audit-from"}),e(w,{label:c("toDate"),type:"date",value:i,onInput:d,testid:"audit-to"})]}),e("div",{class:"desk-filters",children:[e(O,{label:c("actor"),value:l,onChange:a,testid:"audit-actor",options:[{value:"",label:c("all")},...(n.data?.users.edges??[]).map(C=>({value:C.node.id,label:`${C.node.displayName}（${nt(C.node.role)}）`}))]}),e(O,{label:c("action"),value:f,onChange:m,testid:"audit-action",options:[{value:"",label:c("all")},...co.map(C=>({value:C.value,label:P?C.en:C.ja}))]}),e(O,{label:c("targetType"),value:p,onChange:v,testid:"audit-type",options:[{value:"",label:c("all")},...mo.map(C=>({value:C.value,label:P?C.en:C.ja}))]})]}),e("div",{class:"desk-filter-buttons",children:[e(I,{type:"submit",variant:"primary","data-testid":"audit-apply",children:c("apply")}),u&&e(I,{variant:"link",onClick:()=>re("/desk/audit"),children:c("clearFilters")})]})]})}var Ws=D(`
  query DeskDepartments {
    municipality {
      id
      departments {
        id
        name
        kind
        version
        parent {
          id
        }
      }
    }
  }
`),Qs=D(`
  mutation DeskDepartmentCreate($input: DepartmentInput!) {
    createDepartment(input: $input) {
      id
      name
    }
  }
`),fo=D(`
  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
    updateDepartment(id: $id, input: $input, version: $version) {
      id
      name
      version
    }
  }
`),zs=D(`
  mutation DeskDepartmentDelete($id: ID!) {
    deleteDepartment(id: $id)
  }
`),Gs=["BUREAU","DIVISION","SECTION"],yo=()=>Gs.map(t=>({value:t,label:c(`kind${t}`)}));function rt(t,n){return t?.field===`input.${n}`?t.clerkMessage():void 0}function ho({query:t}){let n=N(Ws,{}),r=Se(),[o,i]=y(""),d=t.get("id")??"",l=n.data?.municipality.departments??[],a=Ke(l),f=l.find(v=>v.id===d),m=r("department","write"),p=async(v,h)=>{i(v),await n.reload(),h!==void 0&&re("/desk/departments",{id:h??void 0})};return e("section",{children:[e("h1",{children:c("departmentsTitle")}),e(B,{children:o}),e($,{error:n.error,onRetry:()=>{n.reload()},retryLabel:b("retry")}),!n.data&&!n.error&&e(j,{label:b("loading")}),n.data&&e("div",{class:"desk-columns",children:[e("div",{class:"desk-tree","data-testid":"department-tree",children:[e("h2",{id:"dept-tree-title",children:c("departmentTree")}),a.length===0?e("p",{children:c("noDepartments")}):e(bo,{rows:a,selected:d})]}),m&&e("div",{class:"desk-side",children:[f?e(Ys,{dept:f,all:l,onDone:p},`${f.id}@${f.version}`):e("p",{class:"help",children:c("selectToEdit")}),e(Js,{all:l,defaultParent:f?.id??"",onDone:p},`add-${f?.id??""}`)]})]})]})}function bo({rows:t,selected:n}){return e("ul",{children:t.map(r=>e("li",{children:[e("a",{href:R("/desk/departments",{id:r.dept.id}),"aria-current":r.dept.id===n?"true":void 0,"data-testid":`dept-${r.dept.id}`,children:r.dept.name})," ",e("span",{class:"desk-kind",children:["（",c(`kind${r.dept.kind}`),"）"]}),r.children.length>0&&e(bo,{rows:r.children,selected:n})]},r.dept.id))})}function Ys({dept:t,all:n,onDone:r}){let[o,i]=y(t.name),[d,l]=y(t.kind),[a,f]=y(t.parent?.id??""),[m,p]=y(!1),v=L(async()=>{let A=await x(fo,{id:t.id,input:{name:o,kind:d},version:t.version});await r(c("savedDeptNotice",{name:A.updateDepartment.name}))}),h=L(async()=>{await x(fo,{id:t.id,input:{parentId:a},version:t.version}),await r(c("movedDeptNotice",{name:t.name}))}),u=L(async()=>{await x(zs,{id:t.id}),p(!1),await r(c("deletedDeptNotice",{name:t.name}),null)}),P=ro(n,t.id),C=We(Ke(n)).filter(A=>!P.has(A.dept.id));return e("div",{class:"desk-panel","data-testid":"department-edit",children:[e("h2",{children:c("editDepartment",{name:t.name})}),e("form",{"aria-label":c("rename"),onSubmit:A=>{A.preventDefault(),v.run()},children:[e(w,{label:c("deptName"),required:!0,value:o,onInput:i,error:rt(v.error,"name"),testid:"dept-edit-name"}),e(O,{label:c("kind"),value:d,onChange:A=>l(A),options:yo(),testid:"dept-edit-kind"}),e($,{error:v.error}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:v.busy,"data-testid":"dept-rename",children:c("rename")})})]}),e("form",{"aria-label":c("move"),onSubmit:A=>{A.preventDefault(),h.run()},children:[e(O,{label:c("moveTo"),help:c("moveHelp"),value:a,onChange:f,error:rt(h.error,"parentId"),testid:"dept-move-parent",options:[...t.parent?[]:[{value:"",label:c("parentTop")}],...C.map(A=>({value:A.dept.id,label:tt(A.dept.name,A.depth)}))]}),e($,{error:h.error}),e("div",{class:"actions",children:e(I,{type:"submit",busy:h.busy,disabled:!a||a===(t.parent?.id??""),"data-testid":"dept-move",children:c("move")})})]}),e("div",{class:"actions",children:e(I,{variant:"danger",onClick:()=>p(!0),"data-testid":"dept-delete",children:c("deleteDept")})}),e(ie,{open:m,title:c("deleteDeptConfirm",{name:t.name}),confirmLabel:c("deleteDept"),danger:!0,busy:u.busy,onConfirm:()=>{u.run()},onCancel:()=>{u.clear(),p(!1)},children:[e("p",{children:c("deleteDeptBody")}),u.error?.code==="CONFLICT"&&e("p",{class:"field-error",role:"alert","data-testid":"dept-in-use",children:[c("deptInUse"),e("br",{}),b("serverSays",{msg:u.error.serverMessage})]}),u.error&&u.error.code!=="CONFLICT"&&e($,{error:u.error})]})]})}function Js({all:t,defaultParent:n,onDone:r}){let[o,i]=y(""),[d,l]=y("SECTION"),[a,f]=y(n),[m,p]=y(""),v=L(async()=>{let u=m.trim()===""?null:Number(m),P=await x(Qs,{input:{name:o,kind:d,parentId:a||null,position:u}});i(""),p(""),await r(c("addedDeptNotice",{name:P.createDepartment.name}),P.createDepartment.id)}),h=We(Ke(t));return e("form",{class:"desk-panel","aria-labelledby":"dept-add-title","data-testid":"department-add",onSubmit:u=>{u.preventDefault(),v.run()},children:[e("h2",{id:"dept-add-title",children:c("newDepartment")}),e(w,{label:c("deptName"),required:!0,value:o,onInput:i,error:rt(v.error,"name"),testid:"dept-add-name"}),e(O,{label:c("kind"),value:d,onChange:u=>l(u),options:yo(),testid:"dept-add-kind"}),e(O,{label:c("parent"),value:a,onChange:f,error:rt(v.error,"parentId"),testid:"dept-add-parent",options:[{value:"",label:c("parentTop")},...h.map(u=>({value:u.dept.id,label:tt(u.dept.name,u.depth)}))]}),e(w,{label:c("position"),type:"number",value:m,onInput:p,help:c("positionHelp"),error:rt(v.error,"position"),testid:"dept-add-position"}),e($,{error:v.error}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:v.busy,"data-testid":"dept-add",children:c("add")})})]})}var Xs=D(`
  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {
    inquiries(first: $first, after: $after, status: $status) {
      edges {
        cursor
        node {
          id
          affiliation
          name
          subject
          status
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),Do=20;function Xt({status:t}){return t==="OPEN"?e(F,{tone:"warning",icon:"●",children:c("inquiryOpen")}):e(F,{tone:"success",icon:"✓",children:c("inquiryClosed")})}function Zs(t){let n=t.get("status");return n==="ALL"?null:n==="CLOSED"?"CLOSED":"OPEN"}function Co({query:t}){let n=Zs(t),r=String(n),[o,i]=He(r),d=N(Xs,{first:Do,after:o,status:n});return e("section",{children:[e("h1",{children:c("inquiriesTitle")}),e("form",{class:"desk-filters",role:"search","aria-label":c("filters"),onSubmit:l=>l.preventDefault(),children:e(O,{label:c("inquiryStatus"),value:n??"ALL",testid:"inquiry-status",onChange:l=>re("/desk/inquiries",{status:l==="OPEN"?void 0:l}),options:[{value:"OPEN",label:c("inquiryOpen")},{value:"CLOSED",label:c("inquiryClosed")},{value:"ALL",label:c("all")}]})}),e($,{error:d.error,onRetry:()=>{d.reload()},retryLabel:b("retry")}),e(X,{caption:c("inquiriesCaption"),testid:"inquiries",page:d.data?.inquiries,after:o,onAfter:i,resetKey:r,pageSize:Do,rowKey:l=>l.id,columns:[{header:c("receivedAt"),cell:l=>E(l.createdAt),class:"desk-nowrap"},{header:c("subject"),cell:l=>e("a",{href:R(`/desk/inquiries/${encodeURIComponent(l.id)}`,{status:t.get("status")??void 0}),children:l.subject})},{header:c("sender"),cell:l=>`${l.name}${l.affiliation?`（${l.affiliation}）`:""}`},{header:c("inquiryStatus"),cell:l=>e(Xt,{status:l.status})}]})]})}var ed=D(`
  query DeskInquiry($id: ID!) {
    node(id: $id) {
      ... on Inquiry {
        id
        affiliation
        name
        email
        phone
        subject
        body
        status
        createdAt
      }
    }
  }
`),td=D(`
  mutation DeskInquiryClose($id: ID!) {
    closeInquiry(id: $id) {
      id
      status
    }
  }
`);function vo({params:t,query:n}){let r=N(ed,{id:t.id}),o=Se(),[i,d]=y(!1),[l,a]=y(""),f=L(async()=>{await x(td,{id:t.id}),d(!1),a(c("inquiryClosedNotice")),await r.reload()}),m=e("p",{children:e("a",{href:R("/desk/inquiries",{status:n.get("status")??void 0}),children:["← ",c("backToInquiries")]})});if(r.error)return e("section",{children:[e("h1",{children:c("inquiryTitle")}),e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:b("retry")}),m]});let p=r.data?.node;return r.data?!p||!("subject"in p)?e("section",{children:[e("h1",{children:c("inquiryTitle")}),e($,{error:new z("NOT_FOUND","")}),m]}):e("section",{children:[m,e("h1",{children:[c("inquiryTitle"),": ",p.subject]}),e(B,{children:l}),e("dl",{class:"desk-dl","data-testid":"inquiry-detail",children:[e("dt",{children:c("inquiryStatus")}),e("dd",{children:e(Xt,{status:p.status})}),e("dt",{children:c("receivedAt")}),e("dd",{children:E(p.createdAt)}),e("dt",{children:c("name")}),e("dd",{children:p.name}),e("dt",{children:c("affiliation")}),e("dd",{children:p.affiliation||c("noAffiliation")}),e("dt",{children:c("email")}),e("dd",{children:e("a",{href:`mailto:${p.email}?subject=${encodeURIComponent(`Re: ${p.subject}`)}`,"aria-label":`${c("replyByMail")}: ${p.email}`,children:p.email})}),e("dt",{children:c("phone")}),e("dd",{children:p.phone||"—"}),e("dt",{children:c("subject")}),e("dd",{children:p.subject})]}),e("h2",{children:c("body")}),e("div",{class:"desk-body","data-testid":"inquiry-body",children:p.body}),p.status==="OPEN"&&o("inquiry","close")&&e("div",{class:"actions",children:e(I,{variant:"primary",onClick:()=>d(!0),"data-testid":"inquiry-close",children:c("closeInquiry")})}),e(ie,{open:i,title:c("closeInquiryConfirm"),confirmLabel:c("closeInquiry"),busy:f.busy,onConfirm:()=>{f.run()},onCancel:()=>{f.clear(),d(!1)},children:[e("p",{children:c("closeInquiryBody",{subject:p.subject})}),e($,{error:f.error})]})]}):e(j,{label:b("loading")})}var nd=D(`
  query DeskStatisticsScreen($from: Date!, $to: Date!, $groupBy: StatisticsGrouping!) {
    deskStatistics(from: $from, to: $to, groupBy: $groupBy) {
      from
      to
      groupBy
      periods {
        ...DeskStatisticsPeriod
      }
      total {
        ...DeskStatisticsPeriod
        receivedByScheme {
          key
          count
        }
      }
    }
  }
  fragment DeskStatisticsPeriod on StatisticsPeriod {
    label
    start
    end
    received
    receivedByKind {
      key
      count
    }
    assigned
    accepted
    declined
    withdrawn
    becameProjects
    becameAgreements
    daysToFirstResponse {
      count
      median
      p90
    }
    daysToDecision {
      count
      median
      p90
    }
  }
`),Pt=t=>!!t&&/^\d{4}-\d{2}-\d{2}$/.test(t);function rd(){let t=new Date(Date.now()+324e5),n=t.getUTCFullYear();return t.getUTCMonth()<3?n-1:n}function id(t){let n=rd(),r=t.get("from"),o=t.get("to");return{from:Pt(r)?r:`${n-2}-04-01`,to:Pt(o)?o:`${n+1}-03-31`,groupBy:t.get("by")==="MONTH"?"MONTH":"FISCAL_YEAR"}}function Ao(t,n){return t.receivedByKind.find(r=>r.key===n)?.count??0}function ko(t){return t.median==null||t.p90==null?K("none"):K("days",{median:t.median.toFixed(1),p90:t.p90.toFixed(1)})}function Io({query:t}){let n=id(t),r=N(nd,n),[o,i]=y(!1),d=L(async()=>{i(!1);let f=new URLSearchParams({from:n.from,to:n.to,groupBy:n.groupBy});await gt(`exports/statistics.csv?${f.toString()}`,`statistics-${n.from}-${n.to}.csv`),i(!0)}),l=f=>{let m={...n,...f};re("/desk/statistics",{from:m.from,to:m.to,by:m.groupBy==="MONTH"?"MONTH":void 0})},a=r.data?.deskStatistics;return e("section",{children:[e("h1",{children:K("title")}),e("p",{children:K("intro")}),e(od,{from:n.from,to:n.to,onApply:(f,m)=>l({from:f,to:m})},`${n.from}|${n.to}`),e("div",{class:"desk-filter-buttons",role:"group","aria-label":K("groupBy"),children:[e("span",{children:[K("groupBy"),":"]}),["FISCAL_YEAR","MONTH"].map(f=>e(I,{variant:n.groupBy===f?"primary":"secondary","aria-pressed":n.groupBy===f?"true":"false","data-testid":`statistics-by-${f.toLowerCase()}`,onClick:()=>l({groupBy:f}),children:f==="MONTH"?K("byMonth"):K("byFiscalYear")},f)),e(I,{variant:"secondary",busy:d.busy,"data-testid":"statistics-csv",onClick:()=>{d.run()},children:K("download")})]}),o&&e(B,{children:K("downloaded")}),e($,{error:d.error}),e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:b("retry")}),a&&e(ad,{st:a}),e("p",{class:"desk-small",children:K("definitions")})]})}function od(t){let[n,r]=y(t.from),[o,i]=y(t.to),[d,l]=y(!1);return e("form",{class:"desk-panel","aria-label":K("period"),onSubmit:a=>{a.preventDefault();let f=Pt(n)&&Pt(o)&&n<=o;l(!f),f&&t.onApply(n,o)},children:[e(Y,{legend:K("period"),class:"desk-period",children:[e(w,{label:K("from"),type:"date",value:n,onInput:r,required:!0,testid:"statistics-from",error:d?K("badRange"):void 0}),e(w,{label:K("to"),type:"date",value:o,onInput:i,required:!0,testid:"statistics-to"})]}),e("div",{class:"desk-filter-buttons",children:e(I,{type:"submit",variant:"primary","data-testid":"statistics-apply",children:K("show")})})]})}function ad({st:t}){let n=t.groupBy==="MONTH"?K("byMonth"):K("byFiscalYear"),r=(i,d)=>e("tr",{class:d?"statistics-total":void 0,children:[e("th",{scope:"row",children:d?K("total"):i.label}),e("td",{children:i.received}),e("td",{children:Ao(i,"FREE")}),e("td",{children:Ao(i,"CHALLENGE")}),e("td",{children:i.assigned}),e("td",{children:i.accepted}),e("td",{children:i.declined}),e("td",{children:i.withdrawn}),e("td",{children:i.becameProjects}),e("td",{children:i.becameAgreements}),e("td",{children:ko(i.daysToFirstResponse)}),e("td",{children:ko(i.daysToDecision)})]},d?"total":i.label),o=K("caption",{from:H(t.from),to:H(t.to),by:n});return e(T,{children:[e("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":o,children:e("table",{class:"table statistics-table","data-testid":"statistics-table",children:[e("caption",{children:o}),e("thead",{children:e("tr",{children:["colPeriod","colReceived","colFree","colChallenge","colAssigned","colAccepted","colDeclined","colWithdrawn","colProjects","colAgreements","colFirstResponse","colDecision"].map(i=>e("th",{scope:"col",children:K(i)},i))})}),e("tbody",{children:[t.periods.map(i=>r(i,!1)),r(t.total,!0)]})]})}),t.total.receivedByScheme.length===0?e("p",{children:K("noSchemes")}):e("div",{class:"table-wrap",tabIndex:0,role:"region","aria-label":K("schemeCaption"),children:e("table",{class:"table statistics-schemes","data-testid":"statistics-schemes",children:[e("caption",{children:K("schemeCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:K("colScheme")}),e("th",{scope:"col",children:K("colCount")})]})}),e("tbody",{children:t.total.receivedByScheme.map(i=>e("tr",{children:[e("th",{scope:"row",children:i.key}),e("td",{children:i.count})]},i.key))})]})})]})}var sd=D(`
  query DeskWebhooks {
    webhooks {
      id
      url
      events
      active
      createdAt
    }
  }
`),dd=D(`
  mutation DeskWebhookRegister($input: WebhookInput!) {
    registerWebhook(input: $input) {
      id
      url
    }
  }
`),ld=D(`
  mutation DeskWebhookDelete($id: ID!) {
    deleteWebhook(id: $id)
  }
`),$o=["CONTENT_PUBLISHED","CONTENT_UNPUBLISHED","CONTENT_ARCHIVED","CONTENT_CHANGED"];function it(t){return c(`event${t}`)}function Zt({active:t}){return t?e(F,{tone:"success",icon:"✓",children:c("active")}):e(F,{tone:"neutral",icon:"■",children:c("inactive")})}function ud(){let t=new Uint8Array(32);return crypto.getRandomValues(t),Array.from(t,n=>n.toString(16).padStart(2,"0")).join("")}function Po(){let t=N(sd,{}),n=Se(),[r,o]=y(""),[i,d]=y(null),[l,a]=y(null),f=L(async p=>{await x(ld,{id:p.id}),a(null),d(null),o(c("deletedWebhookNotice",{url:p.url})),await t.reload()}),m=n("webhook","manage");return e("section",{children:[e("h1",{children:c("webhooksTitle")}),e("p",{children:c("webhooksIntro")}),e(B,{children:r}),i&&e("div",{class:"desk-panel desk-secret",role:"status","data-testid":"webhook-secret",children:[e("p",{children:c("secretOnce")}),e("p",{children:[e("span",{class:"desk-label",children:[c("secret"),": "]}),e("code",{children:i.secret})]}),e(I,{onClick:()=>d(null),children:b("close")})]}),e($,{error:t.error,onRetry:()=>{t.reload()},retryLabel:b("retry")}),!t.data&&!t.error&&e(j,{label:b("loading")}),t.data&&e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"webhooks",children:[e("caption",{children:c("webhooksCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:c("url")}),e("th",{scope:"col",children:c("events")}),e("th",{scope:"col",children:c("status")}),e("th",{scope:"col",children:c("createdAt")}),e("th",{scope:"col",children:c("actions")})]})}),e("tbody",{children:[t.data.webhooks.length===0&&e("tr",{children:e("td",{colSpan:5,children:b("empty")})}),t.data.webhooks.map(p=>e("tr",{children:[e("td",{class:"desk-break",children:p.url}),e("td",{children:p.events.map(it).join("、")}),e("td",{children:e(Zt,{active:p.active})}),e("td",{class:"desk-nowrap",children:E(p.createdAt)}),e("td",{children:e("div",{class:"desk-row-actions",children:[e("a",{class:"btn btn-small",href:R(`/desk/webhooks/${encodeURIComponent(p.id)}`),"aria-label":`${c("deliveryLog")}: ${p.url}`,children:c("deliveryLog")}),m&&e(I,{variant:"danger","aria-label":`${c("deleteWebhook")}: ${p.url}`,"data-testid":`webhook-delete-${p.id}`,onClick:()=>a({id:p.id,url:p.url}),children:c("deleteWebhook")})]})})]},p.id))]})]})}),m&&e(pd,{onDone:(p,v)=>{d({url:p,secret:v}),o(c("registeredNotice",{url:p})),t.reload()}}),e(ie,{open:l!==null,title:l?c("deleteWebhookConfirm",{url:l.url}):"",confirmLabel:c("deleteWebhook"),danger:!0,busy:f.busy,onConfirm:()=>l&&void f.run(l),onCancel:()=>{f.clear(),a(null)},children:[e("p",{children:c("deleteWebhookBody")}),e($,{error:f.error})]})]})}function pd({onDone:t}){let[n,r]=y(""),[o,i]=y(["CONTENT_PUBLISHED"]),[d,l]=y(!1),a=L(async()=>{let m=ud(),p=await x(dd,{input:{url:n.trim(),events:o,secret:m}});r(""),t(p.registerWebhook.url,m)}),f=m=>a.error?.field===`input.${m}`?a.error.clerkMessage():void 0;return e("form",{class:"desk-panel","aria-labelledby":"webhook-form-title","data-testid":"webhook-form",onSubmit:m=>{if(m.preventDefault(),o.length===0){l(!0);return}l(!1),a.run()},children:[e("h2",{id:"webhook-form-title",children:c("newWebhook")}),e(w,{label:c("url"),type:"url",required:!0,value:n,onInput:r,help:c("urlHelp"),error:f("url"),testid:"webhook-url",autocomplete:"off"}),e(Y,{legend:c("events"),children:[$o.map(m=>e(bt,{label:it(m),checked:o.includes(m),testid:`webhook-event-${m}`,onChange:p=>i(p?$o.filter(v=>v===m||o.includes(v)):o.filter(v=>v!==m))},m)),(d||f("events"))&&e("p",{class:"field-error",role:"alert",children:f("events")??c("chooseEvent")})]}),e($,{error:a.error}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:a.busy,"data-testid":"webhook-register",children:c("register")})})]})}var cd=D(`
  query DeskWebhookDeliveries($first: Int) {
    webhooks {
      id
      url
      events
      active
      createdAt
      deliveries(first: $first) {
        id
        event
        status
        attempts
        lastStatusCode
        lastError
        nextAttemptAt
        deliveredAt
        createdAt
      }
    }
  }
`),So=20,wo=100;function md({status:t}){let n={PENDING:["warning","…",c("deliveryPENDING")],DELIVERED:["success","✓",c("deliveryDELIVERED")],FAILED:["danger","×",c("deliveryFAILED")]},[r,o,i]=n[t]??["neutral","?",t];return e(F,{tone:r,icon:o,children:i})}function xo({params:t}){let[n,r]=y(So),o=N(cd,{first:n}),i=e("p",{children:e("a",{href:R("/desk/webhooks"),children:["← ",c("backToWebhooks")]})});if(o.error)return e("section",{children:[i,e("h1",{children:c("webhookTitle")}),e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:b("retry")})]});if(!o.data)return e(j,{label:b("loading")});let d=o.data.webhooks.find(a=>a.id===t.id);if(!d)return e("section",{children:[i,e("h1",{children:c("webhookTitle")}),e("p",{role:"alert",children:c("webhookMissing")})]});let l=d.deliveries;return e("section",{children:[i,e("h1",{children:[c("webhookTitle"),": ",e("span",{class:"desk-break",children:d.url})]}),e("dl",{class:"desk-dl",children:[e("dt",{children:c("events")}),e("dd",{children:d.events.map(it).join("、")}),e("dt",{children:c("status")}),e("dd",{children:e(Zt,{active:d.active})}),e("dt",{children:c("createdAt")}),e("dd",{children:E(d.createdAt)})]}),e("h2",{children:c("deliveries")}),e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"deliveries",children:[e("caption",{children:c("deliveriesCaption",{n})}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:c("queuedAt")}),e("th",{scope:"col",children:c("event")}),e("th",{scope:"col",children:c("status")}),e("th",{scope:"col",children:c("attempts")}),e("th",{scope:"col",children:c("lastStatusCode")}),e("th",{scope:"col",children:c("lastError")}),e("th",{scope:"col",children:c("nextAttemptAt")}),e("th",{scope:"col",children:c("deliveredAt")})]})}),e("tbody",{children:[l.length===0&&e("tr",{children:e("td",{colSpan:8,children:b("empty")})}),l.map(a=>e("tr",{children:[e("td",{class:"desk-nowrap",children:E(a.createdAt)}),e("td",{children:it(a.event)}),e("td",{children:e(md,{status:a.status})}),e("td",{children:a.attempts}),e("td",{children:a.lastStatusCode===0?c("noResponse"):a.lastStatusCode}),e("td",{class:"desk-break",children:a.lastError||"—"}),e("td",{class:"desk-nowrap",children:a.status==="PENDING"?E(a.nextAttemptAt):"—"}),e("td",{class:"desk-nowrap",children:a.deliveredAt?E(a.deliveredAt):"—"})]},a.id))]})]})}),l.length>=n&&n<wo&&e("div",{class:"actions",children:e(I,{onClick:()=>r(Math.min(n+So,wo)),busy:o.loading,"data-testid":"deliveries-more",children:c("showMore")})})]})}var To=[{path:"/desk/inquiries/:id",component:vo,permission:{resource:"inquiry",action:"read"}},{path:"/desk/inquiries",component:Co,nav:{label:()=>c("navInquiries"),order:300},permission:{resource:"inquiry",action:"read"}},{path:"/desk/accounts",component:ao,nav:{label:()=>c("navAccounts"),order:310},permission:{resource:"account",action:"createStaff"}},{path:"/desk/departments",component:ho,nav:{label:()=>c("navDepartments"),order:320},permission:{resource:"department",action:"write"}},{path:"/desk/webhooks/:id",component:xo,permission:{resource:"webhook",action:"manage"}},{path:"/desk/webhooks",component:Po,nav:{label:()=>c("navWebhooks"),order:330},permission:{resource:"webhook",action:"manage"}},{path:"/desk/audit",component:go,nav:{label:()=>c("navAudit"),order:340},permission:{resource:"audit",action:"read"}},{path:"/desk/statistics",component:Io,nav:{label:()=>K("nav"),order:350},permission:{resource:"statistics",action:"readDesk"}}];var Ze=[{path:"/",component:hi,nav:{label:()=>b("home"),order:0}},...xi,...no,...To];function No(t){let n=t.viewer.me;return e(T,{children:[e("a",{class:"skip",href:"#main",onClick:r=>{r.preventDefault(),document.getElementById("main")?.focus()},children:b("skipToMain")}),e("header",{class:"header",children:[e("div",{class:"brand",children:[e("span",{class:"brand-muni",children:t.viewer.municipality.name})," ",b("appName")]}),e("div",{class:"header-tools",children:[e("span",{class:"who","data-testid":"who",children:b("signedInAs",{name:n.displayName,dept:n.department?.name??n.role})}),e(en,{}),e(I,{onClick:t.onSignOut,busy:t.signingOut,"data-testid":"sign-out",children:b("signOut")})]})]}),e("div",{class:"frame",children:[e("nav",{class:"nav","aria-label":b("mainNav"),children:e("ul",{children:t.nav.map(r=>{let o=t.current===r.path||r.path!=="/"&&t.current.startsWith(`${r.path}/`);return e("li",{children:e("a",{href:R(r.path),"aria-current":o?"page":void 0,children:r.label})},r.path)})})}),e("main",{id:"main",class:"main",tabIndex:-1,children:t.children})]})]})}function en(){let t=ge()==="ja"?"en":"ja";return e("button",{type:"button",class:"btn btn-link",lang:t,"aria-label":`${b("language")}: ${b("switchLang")}`,onClick:()=>_n(t),"data-testid":"lang-toggle",children:b("switchLang")})}var gd=D(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);function _o({notice:t}){let[n,r]=y(""),[o,i]=y(""),[d,l]=y(""),a=L(async()=>{let f=await x(gd,{email:n,password:o},{municipality:d.trim()||void 0});Ee(f.login.token)});return e("div",{class:"login",children:[e("div",{class:"login-lang",children:e(en,{})}),e("main",{id:"main",class:"login-box",children:[e("h1",{children:b("appName")}),e("h2",{children:b("signInTitle")}),t&&e("p",{class:"banner banner-notice",role:"status",children:t}),a.error?.code==="UNAUTHENTICATED"?e("p",{class:"banner banner-error",role:"alert","data-testid":"login-error",children:b("loginFailed")}):e($,{error:a.error}),e("form",{onSubmit:f=>{f.preventDefault(),a.run()},children:[e(w,{label:b("email"),type:"email",autocomplete:"username",required:!0,value:n,onInput:r,testid:"login-email"}),e(w,{label:b("password"),type:"password",autocomplete:"current-password",required:!0,value:o,onInput:i,testid:"login-password"}),e(w,{label:b("municipality"),help:b("municipalityHelp"),value:d,onInput:l,autocomplete:"off",testid:"login-municipality"}),e(I,{type:"submit",variant:"primary",busy:a.busy,"data-testid":"login-submit",children:a.busy?b("signingIn"):b("signIn")})]})]})]})}var fd=D(`
  mutation Logout {
    logout
  }
`);async function yd(){try{await x(fd,{})}finally{Ee(null)}}function hd(){let[,t]=y(0),[n,r]=y(Me()!==null),[o,i]=y(!1);return ee(()=>Mn(()=>t(d=>d+1)),[]),ee(()=>En(d=>{i(!d&&n),r(d)}),[n]),n?e(bd,{}):e(_o,{notice:o?b("errUnauthenticated"):void 0})}function bd(){let t=N(yi,{}),[n,r]=y(!1),o=gi(),i=()=>{r(!0),yd().catch(()=>{})};if(t.error)return e("main",{id:"main",class:"login-box",children:[e($,{error:t.error,onRetry:()=>{t.reload()},retryLabel:b("retry")}),e(I,{onClick:i,children:b("signOut")})]});if(!t.data)return e(j,{label:b("loading")});let d=t.data.me;if(!d||d.role==="PROPOSER")return e("main",{id:"main",class:"login-box",children:[e("p",{class:"banner banner-error",role:"alert",children:b("proposerOnly")}),e(I,{onClick:i,children:b("signOut")})]});let l={me:d,municipality:t.data.municipality,permissions:t.data.permissions},a=Ze.filter(p=>p.nav&&oe(l,p.permission)).sort((p,v)=>p.nav.order-v.nav.order).map(p=>({path:p.path,label:p.nav.label()})),f=fi(Ze,o.path),m;if(!f||!oe(l,f.route.permission))m=e("section",{children:[e("h1",{children:b("notFound")}),e("p",{children:e("a",{href:"#/",children:b("backHome")})})]});else{let p=f.route.component;m=e(p,{params:f.params,query:o.query},o.path)}return e(Ht.Provider,{value:l,children:e(No,{viewer:l,nav:a,current:o.path,onSignOut:i,signingOut:n,children:m})})}document.documentElement.lang=ge();gn(e(hd,{}),document.getElementById("app"));
