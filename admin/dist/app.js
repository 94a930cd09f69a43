var k,rn,Ct,Q,Re,ke,an,_e,sn,Le,Oe,ln,ce=Symbol.for("pv"),we={},Ie=[],Et=/^m(i|n|o|s|text|space)$/,Me=Array.isArray,dn=Ie.slice,ee=Object.assign;function X(e){e&&e.parentNode&&e.remove()}function Pe(e,n,o,r,a){var i={type:e,props:n,key:o,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:ce,__v:a||++rn,__i:-1,__u:0};return!a&&k.vnode&&k.vnode(i),i}function $(e){return e.children}function Ae(e,n){this.props=e,this.context=n,this.__g=0}function G(e,n){if(n==null)return e.__&&G(e.__,e.__i+1);for(var o;n<e.__k.length;n++)if((o=e.__k[n])&&o.__e)return o.__e;return typeof e.type!="function"||e.props.__P?null:G(e)}function $t(e){var n,o=e.__v,r=o.__e,a=[],i=[],d=e.__P;d&&((n=ee({constructor:ce},o)).__v=o.__v+1,k.vnode&&k.vnode(n),qe(d,n,o,e.__n,d.namespaceURI,32&o.__u?[r]:null,a,r||G(o),32&o.__u,i),n.__v=o.__v,n.__.__k[n.__i]=n,fn(a,n,i),o.__=o.__e=null,n.__e!=r&&pn(n))}function pn(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(n){return n&&(e.__e=n.__e)}),pn(e)}function Fe(e){(8&e.__g||(e.__g|=8,Q.push(e),ke++))&&Re==k.debounceRendering||((Re=k.debounceRendering)||queueMicrotask)(cn)}function cn(){try{for(var e,n=1;Q.length;)Q.length>n&&Q.sort(an),e=Q.shift(),n=Q.length,8&e.__g&&$t(e)}finally{(ke=Q.length)&&(Re||queueMicrotask)(cn)}}function un(e,n,o,r,a,i,d,p,u,g,c){var y,f,l,P,h,b,w=r.__k||Ie,A=n.length;for(u=Rt(o,n,w,u,A),y=0;y<A;y++)(l=o.__k[y])!=null&&(f=~l.__i&&w[l.__i]||we,l.__i=y,b=qe(e,l,f,a,i,d,p,u,g,c),P=l.__e,(f.ref!=l.ref||8&f.__u)&&(f.ref&&Be(f.ref,null,l,f),l.ref&&c.push(l.ref,l.__c||P,l)),h=h||P,4&l.__u?(u=mn(l,u,e,!f.__v),f.__e&&(f.__e=null)):typeof l.type=="function"&&b!==void 0?u=b:P&&(u=P.nextSibling),l.__u&=-21);return o.__e=h,u}function Rt(e,n,o,r,a){var i,d,p,u,g,c,y,f,l,P=o.length,h=P,b=0,w=0,A=e.__k=Array(a);for(i=0;i<a;i++)(d=n[i])!=null&&typeof d!="boolean"&&typeof d!="function"?(typeof d!="object"||d.constructor===String?d=A[i]=Pe(null,d):Me(d)?d=A[i]=Pe($,{children:d}):d.constructor===ce&&d.__b?d=A[i]=Pe(d.type,d.props,d.key,d.ref,d.__v):A[i]=d,u=i+b,d.__=e,d.__b=e.__b+1,p=null,~(g=d.__i=Ot(d,o,u,h))&&(h--,(p=o[g])&&(p.__u|=2)),p&&p.__v?(d.__u|=16,g==u-1?b--:g==u+1?b++:g!=u&&(g>u?b--:b++,w=1)):(~g||(a>P?b--:a<P&&b++),typeof d.type!="function"&&(d.__u|=4))):A[i]=null;if(w){for(c=[],y=[],i=0;i<a;i++)if((d=A[i])&&16&d.__u){for(b=0,f=c.length;b<f;)c[l=b+f>>1]<d.__i?b=l+1:f=l;c[b]=d.__i,y[i]=b+1}for(b=c.length;i--;)y[i]&&(y[i]==b?b--:A[i].__u|=4)}if(h)for(i=0;i<P;i++)!(p=o[i])||2&p.__u||(p.__e==r&&(r=G(p)),Ue(p,p));return r}function mn(e,n,o,r){var a,i,d,p;if(typeof e.type=="function"){if(e.props.__P)return n;if(a=e.__k)for(i=0;i<a.length;i++)a[i]&&(a[i].__=e,n=mn(a[i],n,o,!1));return n}for(n&&!n.parentNode&&(n=G(e))&&!n.parentNode&&(n=null),d=e.__e,p=n;p&&p.nodeType==8;)p=p.nextSibling;for(d!=p&&(!r&&o.moveBefore&&d.parentNode?o.moveBefore(d,n):o.insertBefore(d,n||null)),n=d;(n=n&&n.nextSibling)&&n.nodeType==8&&!n.data.startsWith("$s"););return n}function Ot(e,n,o,r){var a,i=e.key,d=e.type,p=n[o],u=p&&!(2&p.__u);if(p===null&&i==null||u&&i==p.key&&d==p.type)return o;if(r>(u?1:0)){for(a=o-1;a>=0;a--)if((p=n[a])&&!(2&p.__u)&&i==p.key&&d==p.type)return a;for(a=o+1;a<n.length;a++)if((p=n[a])&&!(2&p.__u)&&i==p.key&&d==p.type)return a}return-1}function on(e,n,o){o==null&&(o=""),n[0]=="-"?e.setProperty(n,o):e[n]=o}function be(e,n,o,r,a){var i,d;if(n=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(n in r)o&&n in o||on(e.style,n);if(o)for(n in o)r&&o[n]==r[n]||on(e.style,n,o[n])}else if(n[0]=="o"&&n[1]=="n")typeof o!="function"&&(o=null),typeof r!="function"&&(r=null),(e.__e||(e.__e={}))[n]=o,o&&r||(d=Oe[n]||(Oe[n]=Ft(n)),(e.__a||(e.__a={}))[n]=Le,i=n!=(n=n.replace(sn,"$1")),(n=n.slice(2))[0]<"a"&&(n=n.toLowerCase()),o?e.addEventListener(n,d,i):e.removeEventListener(n,d,i));else{if(a=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{return void(e[n]=o??"")}catch{}if(typeof o=="function")return;o==null||o===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&o==1?"":o)}}function Ft(e){return function(n){var o=this.__e;if(o){if(o=o[e],n[_e]==null)n[_e]=Le++;else if(n[_e]<this.__a[e])return;return o(k.event?k.event(n):n)}}}function qe(e,n,o,r,a,i,d,p,u,g){var c,y,f,l,P,h,b,w,A,N,D,Y,de,J,v,pe,W,Z,z=n.type;if(n.constructor!==ce)return null;128&o.__u&&(u=32&o.__u,c=o.__c.__z)&&(n.__u|=u,y=i=[],c.nodeType==8?p=ve(c,i):i.push(c),p=i[0]||p),(c=k.__b)&&c(n);e:if(typeof z=="function"){f=d.length;try{if(w=n.props,A=(c=z.prototype)&&c.render,N=(c=z.contextType)&&r[c.__c],D=c?N?N.props.value:c.__:r,(l=o.__c)?(n.__c=l,2&l.__g&&(l.__g|=1)):(A?n.__c=l=new z(w,D):(n.__c=l=new Ae(w,D),l.constructor=z,l.render=Mt),N&&N.sub(l),l.state||(l.state={}),l.__n=r,l.__g|=8,l.__h=[],l.__k=[]),A&&(l.__s||(l.__s=l.state),z.getDerivedStateFromProps&&(l.__s==l.state&&(l.__s=ee({},l.__s)),ee(l.__s,z.getDerivedStateFromProps(w,l.__s)))),P=l.props,h=l.state,l.__v=n,o.__c){if(w!==P&&A&&!z.getDerivedStateFromProps&&l.componentWillReceiveProps&&l.componentWillReceiveProps(w,D),n.__v==o.__v&&!(8&l.__g)||!(4&l.__g)&&l.shouldComponentUpdate&&l.shouldComponentUpdate(w,l.__s,D)===!1){n.__v!=o.__v&&(l.props=w,l.state=l.__s,l.__g&=-9),n.__e=o.__e,n.__k=o.__k,n.__k.some(function(q){q&&(q.__=n)}),Ie.push.apply(l.__h,l.__k),l.__k=[],l.__h.length&&d.push(l),p=G(o);break e}l.componentWillUpdate&&l.componentWillUpdate(w,l.__s,D),A&&l.componentDidUpdate&&l.__h.push(function(){l.componentDidUpdate(P,h,b)})}else A&&!z.getDerivedStateFromProps&&l.componentWillMount&&l.componentWillMount(),A&&l.componentDidMount&&l.__h.push(l.componentDidMount);l.context=D,l.props=w,l.__P=e,l.__g&=-5,Y=k.__r,de=A?25:0;do l.__g&=-9,Y&&Y(n),c=l.render(l.props,l.state=l.__s,l.context);while(8&l.__g&&++de<25);A&&(Ie.push.apply(l.__h,l.__k),l.__k=[]),l.state=l.__s,l.getChildContext&&(r=ee({},r,l.getChildContext())),A&&o.__c&&l.getSnapshotBeforeUpdate&&(b=l.getSnapshotBeforeUpdate(P,h)),J=c&&c.type===$&&c.key==null?c.props.children:c,w.__P&&(c=p,a=(e=w.__P).namespaceURI,u=i=null,o.props&&o.props.__P!=e&&(o.__k.some(function(q){q&&Ue(q,q)}),o.__k=null),p=o.__k?G(o,0):null),p=un(e,Me(J)?J:[J],n,o,r,a,i,d,p,u,g),w.__P&&(n.__e=null,p=c),n.__u&=-161,y&&y.some(X),l.__h.length&&d.push(l),1&l.__g&&(l.__g&=-4)}catch(q){if(d.length=f,n.__v=null,u||i)if(q&&q.then){if(n.__u|=128|u,i){for(~(W=i.indexOf(p||void 0))||(W=i.length);(Z=i[W-1])&&Z.nodeType==8;)W--;for(;W<i.length;W++)if(Z=i[W])if(i[W]=null,v){if(Z==pe)break}else{if(Z.nodeType!=8)break;Z.data.startsWith("$s")&&(pe=ve(v=Z))}}if(!v){for(;p&&p.nodeType==8&&p.nextSibling;)p=p.nextSibling;v=p}(c=ve(v=n.__c.__z||(n.__c.__z=v)))?(n.__e=v,p=c):n.__e=p,p=p&&p.nextSibling}else i&&i.some(X);else n.__e=o.__e;n.__k||(n.__k=o.__k||[]),q&&q.then||gn(n),k.__e(q,n,o)}}else p=n.__e=Lt(o.__e,n,o,r,a,i,d,u,g,e);return(c=k.diffed)&&c(n),p}function ve(e,n){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var o=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))o++;else if(e.data.startsWith("/$s")&&!--o)return e}n&&n.push(e)}}function gn(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(gn))}function fn(e,n,o){for(var r=0;r<o.length;)Be(o[r++],o[r++],o[r++]);k.__c&&k.__c(n,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(i){i.call(a)})}catch(i){k.__e(i,a.__v)}})}function Lt(e,n,o,r,a,i,d,p,u,g){var c,y,f,l,P,h,b,w,A=o.props||we,N=n.props,D=n.type;if(D=="svg"?a="http://www.w3.org/2000/svg":D=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),i){for(c=0;c<i.length;c++)if((P=i[c])&&(D?P.localName==D:P.nodeType==3)){e=P,i[c]=null;break}}if(!e){if(w=g.ownerDocument||document,!D)return w.createTextNode(N);e=w.createElementNS(a,D,N.is?N:g),p&&(k.__m&&k.__m(n,i),p=!1),i=null}if(D){if(g=D=="template"&&e.content||e,i=D=="textarea"&&N.defaultValue!=null?null:i&&dn.call(g.childNodes),!p&&i)for(A={},c=0;c<e.attributes.length;c++)A[(P=e.attributes[c]).name]=P.value;for(c in A)P=A[c],c=="dangerouslySetInnerHTML"?f=P:c=="children"||c in N||c=="value"&&"defaultValue"in N||c=="checked"&&"defaultChecked"in N||be(e,c,null,P,a);for(c in N)P=N[c],c=="children"?l=P:c=="dangerouslySetInnerHTML"?y=P:c=="value"?h=P:c=="checked"?b=P:p&&typeof P!="function"||A[c]===P||be(e,c,P,A[c],a);y?(p||f&&(y.__html==f.__html||y.__html==e.innerHTML)||(e.innerHTML=y.__html),n.__k=[]):(f&&(e.textContent=""),(D=="foreignObject"||a=="http://www.w3.org/1998/Math/MathML"&&Et.test(D))&&(a="http://www.w3.org/1999/xhtml"),un(g,Me(l)?l:[l],n,o,r,a,i,d,i?i[0]:o.__k&&G(o,0),p,u),i&&i.some(X)),p&&D!="textarea"||(c="value",D=="progress"&&h==null?e.removeAttribute(c):h==null||h===e[c]&&(D!="progress"||h)||be(e,c,h,A[c],a),c="checked",b!=null&&b!=e[c]&&be(e,c,b,A[c],a))}else A===N||p&&e.data==N||(e.data=N);return e}function Be(e,n,o,r){try{typeof e=="function"?n?n.__x=e(n)||1:r&&(r=r.__c||r.__e)&&(n=r.__x)&&(r.__x=null,typeof n=="function"?n():e(null)):e.current=n}catch(a){k.__e(a,o)}}function Ue(e,n,o){var r,a,i,d;if(k.unmount&&k.unmount(e),!(r=e.ref)||r.current&&r.current!=e.__e||Be(r,null,n,e),r=e.__c){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(p){k.__e(p,n)}r.__P=r.__n=null}if(r=e.__k)for(d=0;d<r.length;d++)r[d]&&Ue(r[d],n,typeof e.type!="function"||o&&!e.props.__P);!o&&(r=e.__c)&&(r=r.__z)&&(a=ve(r,i=[]))&&(r==e.__e&&i.some(X),X(a),X(r)),o||X(e.__e),e.__e=e.__c=e.__=null}function Mt(e,n,o){return this.constructor(e,o)}function hn(e,n){var o,r,a,i;k.__&&k.__(e,n),n.nodeType==9&&(n=n.documentElement),r=(o=e&&32&e.__u)?null:n.__k,n.__k=Pe($,{children:[e]}),a=[],i=[],qe(n,n.__k,r||we,we,n.namespaceURI,r?null:n.firstChild?dn.call(n.childNodes):null,a,r?r.__e:n.firstChild,o,i),fn(a,n.__k,i),n.__k.props.children=null}function yn(e){function n(o){var r,a;return this.getChildContext||(r=new Set,(a={})[n.__c]=this,this.getChildContext=function(){return a},this.shouldComponentUpdate=function(i){this.props.value!=i.value&&r.forEach(function(d){d.__g|=4,Fe(d)})},this.sub=function(i){r.add(i);var d=i.componentWillUnmount;i.componentWillUnmount=function(){r.delete(i),d&&d.call(i)}}),o.children}return n.__c="__cC"+ln++,n.__=e,n.Provider=(n.Consumer=function(o,r){return o.children(r)}).contextType=n,n}k={__e:function(e,n,o,r){for(var a,i,d;n=n.__;)if((a=n.__c)&&!(1&a.__g)){a.__g|=4;try{if((d=(i=a.constructor)&&i.getDerivedStateFromError)&&a.setState(i.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,r||{}),d=1),d&&8&a.__g)return void(a.__g|=2)}catch(p){e=p}}throw ke=0,e}},rn=0,Ct=function(e){return e!=null&&e.constructor===ce},Ae.prototype.setState=function(e,n){var o=this.__s;o&&o!=this.state||(o=this.__s=ee({},this.state)),typeof e=="function"&&(e=e(ee({},o),this.props)),e&&(ee(o,e),this.__v&&(n&&this.__k.push(n),Fe(this)))},Ae.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Fe(this))},Ae.prototype.render=$,Q=[],ke=0,an=function(e,n){return e.__v.__b-n.__v.__b},_e=Symbol(),sn=/(PointerCapture)$|Capture$/i,Le=0,Oe={},ln=0;var ne,T,je,bn,Ke=Object.is,me=0,Dn=[],He=[],C=k,_n=C.__b,Pn=C.__r,An=C.diffed,vn=C.__c,kn=C.unmount,wn=C.__;function ge(e,n){C.__h&&C.__h(T,e,me||n),me=0;var o=T.__H||(T.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function _(e){return me=1,qt(En,e)}function qt(e,n,o){var r=ge(ne++,2);if(r.t=e,!r.__c&&(r.__=[o?o(n):En(void 0,n),function(i){var d=(r.__N||r.__)[0],p=r.t(d,i);Ke(d,p)||(r.__N=[p,r.__[1]],r.__c.setState({}))}],r.__c=T,!T.__f)){T.__f=!0;var a=T.shouldComponentUpdate;T.shouldComponentUpdate=function(i,d,p){var u=this.__H;if(!u)return!0;var g=!1,c=this.props!=i;if(u.__.some(function(f){f.__N&&(g=!0,Ke(f.__[0],f.__N[0])||(c=!0))}),a){var y=a.call(this,i,d,p);return g?y||c:y}return!g||c}}return r.__}function L(e,n){var o=ge(ne++,3);!C.__s&&Cn(o.__H,n)&&(o.__P=!0,o.__=e,o.u=n,T.__H.__h.push(o))}function te(e){return me=5,Tn(function(){return{current:e}},[])}function Tn(e,n){var o=ge(ne++,7);return Cn(o.__H,n)&&(o.__=e(),o.__H=n),o.__}function Sn(e,n){return me=8,Tn(function(){return e},n)}function Nn(e){var n=T.context[e.__c],o=ge(ne++,9);return o.c=e,n?(o.__==null&&(o.__=!0,n.sub(T)),n.props.value):e.__}function oe(){var e=ge(ne++,11);if(!e.__){for(var n=T.__v;!n.__m&&n.__;)n=n.__;var o=n.__m||(n.__m=[0,0]);e.__="P"+o[0]+"-"+o[1]++}return e.__}function Bt(){var e;do{for(;e=He.shift();)try{ue(e)}catch(o){C.__e(o,{__:(e=e.__P)&&e.__v})}for(;e=Dn.shift();){var n=e.__H;if(e.__P&&n)try{n.__h.some(ue),n.__h.some(Ve),n.__h=[]}catch(o){n.__h=[],C.__e(o,e.__v)}}}while(He.length)}C.__b=function(e){T=null,_n&&_n(e)},C.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),wn&&wn(e,n)},C.__r=function(e){Pn&&Pn(e),ne=0;var n=(T=e.__c).__H;n&&(je==T?T.__h=[]:(n.__h.some(ue),n.__h.some(Ve),ne=0),n.__h=[],n.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})),je=T},C.diffed=function(e){An&&An(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&xn(Dn.push(n)),n.__H.__.some(function(o){o.u&&(o.__H=o.u)})),je=T=null},C.__c=function(e,n){n.some(function(o){try{o.__h.some(ue),o.__h=o.__h.filter(function(r){return!r.__||Ve(r)})}catch(r){o.__h=[function(){throw r}]}}),vn&&vn(e,n)},C.unmount=function(e){kn&&kn(e);var n,o,r=e.__c;r&&r.__H&&(r.__H.__.some(function(a){try{if(a.__P&&a.__c){if(o===void 0){for(o=e.__;o&&(!o.__c||!o.__c.__P);)o=o.__;o=o&&o.__c}a.__P=o,xn(He.push(a))}else ue(a)}catch(i){n=i}}),r.__H=void 0,n&&C.__e(n,r.__v))};var In=typeof requestAnimationFrame=="function";function Ut(e){var n,o=function(){clearTimeout(r),In&&cancelAnimationFrame(n),setTimeout(e)},r=setTimeout(o,35);In&&(n=requestAnimationFrame(o))}function xn(e){e!=1&&bn==C.requestAnimationFrame||((bn=C.requestAnimationFrame)||Ut)(Bt)}function ue(e){var n=T,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),T=n}function Ve(e){var n=T;e.__c=e.__(),T=n}function Cn(e,n){return!e||e.length!=n.length||n.some(function(o,r){return!Ke(o,e[r])})}function En(e,n){return typeof n=="function"?n(e):n}var $n="pppdesk.admin.lang",We=jt(),ze=new Set;function jt(){try{return localStorage.getItem($n)==="en"?"en":"ja"}catch{return"ja"}}function re(){return We}function Rn(e){We=e;try{localStorage.setItem($n,e)}catch{}document.documentElement.lang=e,ze.forEach(n=>n())}function On(e){return ze.add(e),()=>ze.delete(e)}function xe(e,n){return(o,r)=>{let a=(We==="en"?n[o]:e[o])??String(o);return r?a.replace(/\{(\w+)\}/g,(i,d)=>d in r?String(r[d]):i):a}}var m=xe({appName:"公民連携デスク 管理画面",skipToMain:"本文へ移動",language:"言語",switchLang:"English",signIn:"サインイン",signOut:"サインアウト",signingIn:"サインイン中…",email:"メールアドレス",password:"パスワード",municipality:"自治体（省略可）",municipalityHelp:"複数の自治体を運用しているときだけ、自治体の識別名（例: aomori）を入力します。",signInTitle:"職員サインイン",signedInAs:"{name}（{dept}）",home:"ホーム",mainNav:"メインメニュー",loading:"読み込み中…",retry:"再読み込み",save:"保存",cancel:"キャンセル",ok:"OK",confirm:"確認",close:"閉じる",next:"次へ",prev:"前へ",first:"最初へ",totalCount:"全{n}件",pageInfo:"{from}〜{to}件目 / 全{n}件",empty:"該当するものはありません。",notFound:"お探しのページは見つかりません。",backHome:"ホームへ戻る",required:"必須",yes:"はい",no:"いいえ",proposerOnly:"この管理画面は職員用です。提案者の方は提案用のポータルをご利用ください。",errBadInput:"入力内容を確認してください。",errConflict:"ほかの人が先に変更しました。画面を再読み込みしてからやり直してください。",errForbidden:"この操作を行う権限がありません。",errNotFound:"対象が見つかりません（削除されたか、見る権限がありません）。",errUnauthenticated:"サインインの有効期限が切れました。もう一度サインインしてください。",errRateLimited:"操作が続いたため一時的に受け付けを止めています。少し待ってからやり直してください。",errUnavailable:"サーバーが一時的に応答できません。少し待ってからやり直してください。",errInternal:"サーバーで問題が起きました。時間をおいてやり直し、続く場合はシステム担当へ連絡してください。",errNetwork:"サーバーに接続できません。ネットワークを確認してください。",errField:"項目「{field}」",serverSays:"サーバーからの説明: {msg}",loginFailed:"メールアドレスまたはパスワードが違います。"},{appName:"PPP Desk Admin",skipToMain:"Skip to main content",language:"Language",switchLang:"日本語",signIn:"Sign in",signOut:"Sign out",signingIn:"Signing in…",email:"Email",password:"Password",municipality:"Municipality (optional)",municipalityHelp:"Only when the server runs several municipalities: its identifier (e.g. aomori).",signInTitle:"Staff sign-in",signedInAs:"{name} ({dept})",home:"Home",mainNav:"Main menu",loading:"Loading…",retry:"Reload",save:"Save",cancel:"Cancel",ok:"OK",confirm:"Confirm",close:"Close",next:"Next",prev:"Previous",first:"First page",totalCount:"{n} in total",pageInfo:"{from}–{to} of {n}",empty:"Nothing matches.",notFound:"This page does not exist.",backHome:"Back to home",required:"required",yes:"Yes",no:"No",proposerOnly:"This admin is for staff. Proposers please use the proposal portal.",errBadInput:"Please check your input.",errConflict:"Someone changed this first. Reload the page and try again.",errForbidden:"You may not do this.",errNotFound:"Not found (deleted, or you may not see it).",errUnauthenticated:"Your sign-in has expired. Please sign in again.",errRateLimited:"Too many attempts for now. Wait a little and try again.",errUnavailable:"The server cannot answer right now. Try again shortly.",errInternal:"The server had a problem. Try again later; if it persists, contact the system administrator.",errNetwork:"Cannot reach the server. Check the network.",errField:'Field "{field}"',serverSays:"Server: {msg}",loginFailed:"Wrong email or password."});var Qe="pppdesk.admin.token";function fe(){try{return sessionStorage.getItem(Qe)}catch{return null}}function ie(e){try{e?sessionStorage.setItem(Qe,e):sessionStorage.removeItem(Qe)}catch{}Ge.forEach(n=>n(e!==null))}var Ge=new Set;function Fn(e){return Ge.add(e),()=>Ge.delete(e)}var Ln=new URL("../",location.href),Kt=new URL("graphql",Ln),R=class extends Error{constructor(o,r,a){super(r);this.code=o;this.serverMessage=r;this.field=a}code;serverMessage;field;clerkMessage(){let r=[{BAD_USER_INPUT:m("errBadInput"),CONFLICT:m("errConflict"),FORBIDDEN:m("errForbidden"),NOT_FOUND:m("errNotFound"),UNAUTHENTICATED:m("errUnauthenticated"),RATE_LIMITED:m("errRateLimited"),UNAVAILABLE:m("errUnavailable"),INTERNAL:m("errInternal"),NETWORK:m("errNetwork")}[this.code]];return this.field&&r.push(m("errField",{field:this.field})),this.serverMessage&&this.code!=="INTERNAL"&&this.code!=="NETWORK"&&r.push(m("serverSays",{msg:this.serverMessage})),r.join(" ")}};function Mn(e){return e instanceof R?e.clerkMessage():m("errInternal")}var Ht=new Set(["BAD_USER_INPUT","CONFLICT","FORBIDDEN","NOT_FOUND","UNAUTHENTICATED","RATE_LIMITED","UNAVAILABLE","INTERNAL"]);function Vt(e){let n=e.extensions?.code??"INTERNAL";return new R(Ht.has(n)?n:"INTERNAL",e.message,e.extensions?.field)}async function qn(e,n){let o=fe();o&&(n.Authorization=`Bearer ${o}`),n.Accept="application/graphql-response+json, application/json";let r;try{r=await fetch(Kt,{...e,headers:n,credentials:"omit",cache:"no-store"})}catch{throw new R("NETWORK","")}let a;try{a=await r.json()}catch{throw new R(r.status>=500?"UNAVAILABLE":"NETWORK",`HTTP ${r.status}`)}if(a.errors&&a.errors.length>0){let i=Vt(a.errors[0]);throw i.code==="UNAUTHENTICATED"&&o&&ie(null),i}if(!a.data)throw new R("INTERNAL",`HTTP ${r.status}`);return a.data}function F(e,n,o={}){let r={"Content-Type":"application/json"};return o.municipality&&(r["X-Municipality"]=o.municipality),qn({method:"POST",body:JSON.stringify({query:e.toString(),variables:n})},r)}function Bn(e,n,o){let r=new FormData;r.append("operations",JSON.stringify({query:e.toString(),variables:n}));let a={};return o.forEach((i,d)=>a[String(d)]=[i.path]),r.append("map",JSON.stringify(a)),o.forEach((i,d)=>r.append(String(d),i.file,i.file.name)),qn({method:"POST",body:r},{"GraphQL-Require-Preflight":"1"})}function zt(e){return new URL(e.replace(/^\/+/,""),Ln)}async function Un(e,n){let o=fe(),r;try{r=await fetch(zt(e),{headers:o?{Authorization:`Bearer ${o}`}:{},credentials:"omit"})}catch{throw new R("NETWORK","")}if(r.status===401)throw ie(null),new R("UNAUTHENTICATED","");if(r.status===403)throw new R("FORBIDDEN","");if(r.status===404)throw new R("NOT_FOUND","");if(!r.ok)throw new R(r.status===429?"RATE_LIMITED":"UNAVAILABLE",`HTTP ${r.status}`);let a=URL.createObjectURL(await r.blob()),i=document.createElement("a");i.href=a,i.download=n,document.body.appendChild(i),i.click(),i.remove(),setTimeout(()=>URL.revokeObjectURL(a),1e4)}var E=class extends String{__apiType;value;__meta__;constructor(n,o){super(n),this.value=n,this.__meta__=o}toString(){return this.value}},jn=new E(`
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
    `,{fragmentName:"InboxRow"}),Kn=new E(`
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
    `,{fragmentName:"ProposalPageFields"}),Hn=new E(`
    mutation Logout {
  logout
}
    `),Vn=new E(`
    query HomeAttention {
  proposals(first: 0, filter: { needsAttention: true }) {
    totalCount
  }
}
    `),zn=new E(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
  }
}
    `),Wn=new E(`
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
}`),Qn=new E(`
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
}`),Gn=new E(`
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
}`),Yn=new E(`
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
}`),Jn=new E(`
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
    `),Zn=new E(`
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
    `),Xn=new E(`
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
}`),et=new E(`
    mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `),nt=new E(`
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
}`),tt=new E(`
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
    `),ot=new E(`
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
}`),rt=new E(`
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
}`),it=new E(`
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
    `);var Qt={"\n  mutation Logout {\n    logout\n  }\n":Hn,"\n  query HomeAttention {\n    proposals(first: 0, filter: { needsAttention: true }) {\n      totalCount\n    }\n  }\n":Vn,"\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n":zn,"\n  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {\n    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Wn,"\n  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {\n    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Qn,"\n  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {\n    decideProposal(id: $id, decision: $decision, reason: $reason) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Gn,"\n  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {\n    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Yn,"\n  query ProposalAssignDepartments {\n    municipality {\n      departments {\n        id\n        name\n        kind\n        parent {\n          id\n        }\n      }\n    }\n  }\n":Jn,"\n  query ProposalLinkOutcomes {\n    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":Zn,"\n  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {\n    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Xn,"\n  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n":et,"\n  fragment InboxRow on Proposal {\n    id\n    title\n    kind\n    status\n    submittedAt\n    unreadMessageCount\n    overdue\n    organization {\n      name\n    }\n    challenge {\n      title\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      respondedAt\n    }\n  }\n":jn,"\n  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxRow\n        }\n      }\n    }\n  }\n":nt,"\n  query InboxOptions {\n    municipality {\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n    challenges(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":tt,"\n  fragment ProposalPageFields on Proposal {\n    id\n    kind\n    title\n    viewerActions\n    unreadMessageCount\n    overdue\n    summary\n    body\n    desiredScheme\n    status\n    version\n    submittedAt\n    decidedAt\n    createdAt\n    challenge {\n      id\n      title\n    }\n    organization {\n      name\n    }\n    resources {\n      side\n      kind\n      description\n    }\n    merits {\n      side\n      description\n    }\n    contact {\n      affiliation\n      name\n      email\n      phone\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      opinion\n      feasible\n      respondedAt\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      reason\n      at\n      actor {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      messageId\n      downloadUrl\n      createdAt\n    }\n    project {\n      id\n      title\n    }\n    agreement {\n      id\n      title\n    }\n  }\n":Kn,"\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n":ot,"\n  mutation ProposalMarkRead($id: ID!) {\n    markProposalRead(id: $id) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":rt,"\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n    permissions {\n      resource\n      action\n      scope\n    }\n  }\n":it};function I(e){return Qt[e]??{}}function M(e,n,o=!1){let r=JSON.stringify(n),[a,i]=_(void 0),[d,p]=_(void 0),[u,g]=_(!o),c=te(0),y=Sn(async()=>{if(o)return;let f=++c.current;g(!0);try{let l=await F(e,JSON.parse(r));f===c.current&&(i(l),p(void 0))}catch(l){f===c.current&&p(l instanceof R?l:new R("INTERNAL",String(l)))}finally{f===c.current&&g(!1)}},[e,r,o]);return L(()=>{y()},[y]),{data:a,error:d,loading:u,reload:y}}function K(e){let[n,o]=_(!1),[r,a]=_(void 0);return{run:async(...d)=>{o(!0),a(void 0);try{return await e(...d)}catch(p){a(p instanceof R?p:new R("INTERNAL",String(p)));return}finally{o(!1)}},busy:n,error:r,clear:()=>a(void 0)}}function at(){let e=location.hash.replace(/^#/,"")||"/",n=e.indexOf("?");return n<0?{path:e,query:new URLSearchParams}:{path:e.slice(0,n),query:new URLSearchParams(e.slice(n+1))}}function st(){let[e,n]=_(at);return L(()=>{let o=()=>n(at());return window.addEventListener("hashchange",o),()=>window.removeEventListener("hashchange",o)},[]),e}function B(e,n){let o=new URLSearchParams;for(let[a,i]of Object.entries(n??{}))i&&o.set(a,i);let r=o.toString();return`#${e}${r?`?${r}`:""}`}function lt(e,n){location.hash=B(e,n)}function Gt(e,n){let o=e.split("/").filter(Boolean),r=n.split("/").filter(Boolean);if(o.length!==r.length)return null;let a={};for(let i=0;i<o.length;i++){let d=o[i];if(d.startsWith(":"))a[d.slice(1)]=decodeURIComponent(r[i]);else if(d!==r[i])return null}return a}function dt(e,n){for(let o of e){let r=Gt(o.path,n);if(r)return{route:o,params:r}}return null}var s=xe({navInbox:"提案の受付",inboxTitle:"提案の受付",inboxCaption:"提案の一覧",attentionTitle:"要対応",attentionHelp:"未読の対話がある提案と、担当課の回答期限を過ぎた提案です。",attentionCaption:"要対応の提案",attentionNone:"要対応の提案はありません。",homeAttention:"要対応の提案が {n} 件あります（未読の対話・回答期限超過）。",statusTabs:"状態で絞り込み",all:"すべて",filters:"絞り込み",search:"キーワード（件名・概要・内容）",kind:"種類",challenge:"対象の行政課題",department:"担当課",submittedFrom:"提出日（から）",submittedTo:"提出日（まで）",submittedRange:"提出日",apply:"絞り込む",reset:"条件をクリア",any:"指定しない",onlyAttention:"要対応のみ",colTitle:"件名",colProposer:"提案者",colKind:"種類",colStatus:"状態",colSubmitted:"提出日",colAssigned:"担当課（回答期限）",colFlags:"お知らせ",unread:"未読 {n}件",overdue:"回答期限超過",notSubmitted:"未提出",kindFREE:"自由提案",kindCHALLENGE:"課題提案",statusDRAFT:"下書き",statusSUBMITTED:"提出済み",statusIN_DIALOGUE:"対話・庁内調整中",statusACCEPTED:"採択",statusDECLINED:"不採択",statusWITHDRAWN:"取下げ",back:"提案の一覧へ戻る",notFound:"この提案は見つかりません（削除されたか、見る権限がありません）。",secContent:"提案の内容",summary:"概要",body:"内容",desiredScheme:"希望する連携手法",organization:"提案者",resources:"双方が提供するもの（リソース）",resourcesCaption:"提供リソース（ヒト・モノ・カネ・情報）",side:"提供する側",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",merits:"期待されるメリット",meritFor:"{side}のメリット",contact:"連絡先",affiliation:"所属",contactName:"氏名",phone:"電話番号",email:"メールアドレス",none:"（なし）",dates:"日付",submittedAt:"提出日時",decidedAt:"採否の決定日時",createdAt:"作成日時",secAttachments:"添付ファイル",download:"{name} をダウンロード",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",noAttachments:"添付ファイルはありません。",onMessage:"（対話のメッセージに添付）",attach:"ファイルを添付",attachFile:"添付するファイル",attached:"{name} を添付しました。",secAssignments:"担当課への検討依頼",noAssignments:"担当課への依頼はまだありません。",assignmentsCaption:"担当課への依頼と回答",dueOn:"回答期限",feasible:"実施可否",feasibleYes:"実施可能",feasibleNo:"実施困難",notAnswered:"未回答",answered:"回答済み",opinion:"意見",respondedAt:"回答日時",secDialogue:"対話",dialogueHelp:"提案者とのメッセージは提案者にも見えます。庁内メモは職員（デスク・担当課）だけが見られます。",noMessages:"メッセージはまだありません。",sharedMessage:"提案者とのメッセージ",internalNote:"庁内メモ",internalNoteHint:"提案者には見えません",postKind:"投稿の種類",postBody:"本文",post:"投稿する",posted:"投稿しました。",postedNote:"庁内メモを投稿しました。",secHistory:"履歴",historyCaption:"提案の履歴",colWhen:"日時",colAction:"操作",colChange:"状態の変化",colActor:"行為者",colReason:"理由・内容",actCREATE:"作成",actUPDATE:"更新",actSUBMIT:"提出",actASSIGN:"担当課へ依頼",actRESPOND:"担当課が回答",actDECIDE:"採否の決定",actWITHDRAW:"取下げ",actLINK:"事業・協定の結び付け",actorPROPOSER:"提案者",actorDEPARTMENT:"担当課",actorDESK:"デスク",secActions:"手続き",noActions:"この提案に対して、いまあなたができる手続きはありません。",assignTitle:"担当課に検討を依頼する",assignHelp:"依頼する担当課を選び、回答期限を決めます。",assignDepartments:"依頼する担当課",assignDue:"回答期限（省略可）",assignSubmit:"依頼する",assigned:"担当課に依頼しました。",assignPick:"担当課を1つ以上選んでください。",respondTitle:"検討結果を回答する",respondOpinion:"意見",respondFeasible:"実施可否",respondSubmit:"回答する",responded:"回答しました。",opinionRequired:"意見を入力してください。",decideTitle:"採否を決める",decision:"採否",decideAccept:"採択する",decideDecline:"不採択とする",reason:"理由",reasonHelp:"理由は提案者にも伝わります。",reasonRequired:"理由を入力してください。",decideSubmit:"決定する",decideConfirm:"「{title}」を{decision}。よろしいですか？",decideConfirmTitle:"採否の確認",decided:"採否を決定しました。",linkTitle:"成果の事業・協定を結び付ける",linkHelp:"採択した提案から生まれた連携事業・協定を選ぶか、新しく下書きを作ります。",linkProject:"連携事業",linkAgreement:"連携協定",linkExisting:"既存のものを選ぶ",linkNew:"新しく下書きを作る",linkNone:"結び付けない",linkPick:"選択してください",newKind:"種類",newTitle:"名称（省略時は提案の件名）",linkSubmit:"結び付ける",linked:"結び付けました。",linkNothing:"事業か協定を1つ以上指定してください。",currentProject:"結び付いた連携事業",currentAgreement:"結び付いた連携協定",projPARTNERSHIP:"パートナーシップ事業",projDEMONSTRATION:"実証実験サポート事業",agrBUSINESS:"事業連携協定",agrCOMPREHENSIVE:"包括連携協定",agrMEMORANDUM:"覚書"},{navInbox:"Proposals",inboxTitle:"Proposal inbox",inboxCaption:"Proposals",attentionTitle:"Needs attention",attentionHelp:"Proposals with unread dialogue, and proposals whose department answer is overdue.",attentionCaption:"Proposals needing attention",attentionNone:"Nothing needs attention.",homeAttention:"{n} proposals need your attention (unread dialogue, overdue answers).",statusTabs:"Filter by status",all:"All",filters:"Filters",search:"Keywords (title, summary, body)",kind:"Kind",challenge:"Challenge answered",department:"Department",submittedFrom:"Submitted from",submittedTo:"Submitted until",submittedRange:"Submission date",apply:"Apply",reset:"Clear filters",any:"Any",onlyAttention:"Needs attention only",colTitle:"Title",colProposer:"Proposer",colKind:"Kind",colStatus:"Status",colSubmitted:"Submitted",colAssigned:"Departments (due)",colFlags:"Alerts",unread:"{n} unread",overdue:"Overdue",notSubmitted:"Not submitted",kindFREE:"Free proposal",kindCHALLENGE:"Challenge proposal",statusDRAFT:"Draft",statusSUBMITTED:"Submitted",statusIN_DIALOGUE:"In dialogue",statusACCEPTED:"Accepted",statusDECLINED:"Declined",statusWITHDRAWN:"Withdrawn",back:"Back to the proposals",notFound:"This proposal was not found (deleted, or you may not see it).",secContent:"Proposal",summary:"Summary",body:"Details",desiredScheme:"Desired scheme",organization:"Proposer",resources:"What each side contributes",resourcesCaption:"Resources (people, goods, money, information)",side:"Side",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",merits:"Expected merits",meritFor:"For the {side}",contact:"Contact",affiliation:"Affiliation",contactName:"Name",phone:"Phone",email:"Email",none:"(none)",dates:"Dates",submittedAt:"Submitted",decidedAt:"Decided",createdAt:"Created",secAttachments:"Attachments",download:"Download {name}",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",noAttachments:"No attachments.",onMessage:"(attached to a message)",attach:"Attach a file",attachFile:"File to attach",attached:"Attached {name}.",secAssignments:"Requests to departments",noAssignments:"No department has been asked yet.",assignmentsCaption:"Requests and answers",dueOn:"Due",feasible:"Feasible",feasibleYes:"Feasible",feasibleNo:"Not feasible",notAnswered:"Not answered",answered:"Answered",opinion:"Opinion",respondedAt:"Answered",secDialogue:"Dialogue",dialogueHelp:"Messages are seen by the proposer. Internal notes are seen by staff (desk and departments) only.",noMessages:"No messages yet.",sharedMessage:"Message to the proposer",internalNote:"Internal note",internalNoteHint:"not shown to the proposer",postKind:"Kind of post",postBody:"Text",post:"Post",posted:"Posted.",postedNote:"Internal note posted.",secHistory:"History",historyCaption:"History of the proposal",colWhen:"When",colAction:"Action",colChange:"Status change",colActor:"By",colReason:"Reason / detail",actCREATE:"Created",actUPDATE:"Updated",actSUBMIT:"Submitted",actASSIGN:"Assigned to departments",actRESPOND:"Department answered",actDECIDE:"Decided",actWITHDRAW:"Withdrawn",actLINK:"Linked to project/agreement",actorPROPOSER:"Proposer",actorDEPARTMENT:"Department",actorDESK:"Desk",secActions:"Actions",noActions:"There is nothing you can do on this proposal now.",assignTitle:"Ask departments to review",assignHelp:"Choose the departments and a due date for their answer.",assignDepartments:"Departments to ask",assignDue:"Due date (optional)",assignSubmit:"Send request",assigned:"The departments were asked.",assignPick:"Choose at least one department.",respondTitle:"Answer the request",respondOpinion:"Opinion",respondFeasible:"Feasible?",respondSubmit:"Send answer",responded:"Answer sent.",opinionRequired:"Please write an opinion.",decideTitle:"Decide",decision:"Decision",decideAccept:"Accept",decideDecline:"Decline",reason:"Reason",reasonHelp:"The proposer sees the reason.",reasonRequired:"Please give a reason.",decideSubmit:"Decide",decideConfirm:'Decide "{title}": {decision}. Continue?',decideConfirmTitle:"Confirm the decision",decided:"Decision recorded.",linkTitle:"Link the resulting project or agreement",linkHelp:"Choose the project or agreement that came from this accepted proposal, or create a draft.",linkProject:"Project",linkAgreement:"Agreement",linkExisting:"Choose an existing one",linkNew:"Create a draft",linkNone:"Do not link",linkPick:"Choose",newKind:"Kind",newTitle:"Title (the proposal's title when empty)",linkSubmit:"Link",linked:"Linked.",linkNothing:"Give a project or an agreement.",currentProject:"Linked project",currentAgreement:"Linked agreement",projPARTNERSHIP:"Partnership project",projDEMONSTRATION:"Supported field trial",agrBUSINESS:"Business agreement",agrCOMPREHENSIVE:"Comprehensive agreement",agrMEMORANDUM:"Memorandum"});var pt=I(`
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
`);function ae(e,n){return n?e.permissions.some(o=>o.resource===n.resource&&o.action===n.action):!0}var Ye=yn(null);function ct(){let e=Nn(Ye);if(!e)throw new Error("useViewer outside a signed-in app");return e}var Yt=Symbol.for("pv"),Jt=0;function t(e,n,o,r,a,i){n||(n={});var d,p,u=n;if("ref"in u&&typeof e!="function")for(p in u={},n)p=="ref"?d=n[p]:u[p]=n[p];var g={type:e,props:u,key:o,ref:d,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Yt,__v:--Jt,__i:-1,__u:0};return(a||i)&&(g.__source=a,g.__self=i),k.vnode&&k.vnode(g),g}var Zt=I(`
  query HomeAttention {
    proposals(first: 0, filter: { needsAttention: true }) {
      totalCount
    }
  }
`);function ut(){let e=ct(),n=ae(e,{resource:"proposal",action:"read"}),o=M(Zt,{},!n),r=o.data?.proposals.totalCount??0,a=he.filter(i=>i.nav&&i.path!=="/"&&ae(e,i.permission)).sort((i,d)=>i.nav.order-d.nav.order);return t("section",{children:[t("h1",{children:m("home")}),t("p",{children:[e.municipality.deskName," — ",e.me.displayName]}),n&&o.data&&t("p",{class:r>0?"banner banner-notice":"muted","data-testid":"home-attention",children:r>0?t("a",{href:B("/proposals",{attention:"1"}),children:s("homeAttention",{n:r})}):s("attentionNone")}),t("ul",{class:"tiles",children:a.map(i=>t("li",{children:t("a",{class:"tile",href:B(i.path),children:i.nav.label()})},i.path))})]})}var De="Asia/Tokyo",Xt=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:De}),eo=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}),no=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",timeZone:De}),mt=new Intl.DateTimeFormat("ja-JP",{hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:De}),to=new Intl.DateTimeFormat("en-GB",{year:"numeric",month:"short",day:"numeric",timeZone:De});function gt(e){return e.replace(/(\D)1年/,"$1元年")}function Te(e){if(!e)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e);if(!n)return e;let o=new Date(Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3])));return re()==="en"?e:`${gt(eo.format(o))}（${e}）`}function H(e){if(!e)return"";let n=new Date(e);if(Number.isNaN(n.getTime()))return e;let o=no.format(n);return re()==="en"?`${to.format(n)} ${mt.format(n)}`:`${gt(Xt.format(n))}（${o}）${mt.format(n)}`}function O({tone:e="neutral",icon:n,children:o,testid:r}){return t("span",{class:`badge badge-${e}`,"data-testid":r,children:[n&&t("span",{"aria-hidden":"true",children:[n," "]}),o]})}function S({error:e,onRetry:n,retryLabel:o}){return e?t("div",{class:"banner banner-error",role:"alert",children:[t("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),t("span",{children:Mn(e)}),n&&t("button",{type:"button",class:"btn btn-small",onClick:n,children:o})]}):null}function Se({children:e}){return e?t("div",{class:"banner banner-notice",role:"status",children:[t("span",{class:"banner-icon","aria-hidden":"true",children:"✓"}),t("span",{children:e})]}):null}function se({label:e}){return t("p",{class:"loading",role:"status","aria-live":"polite",children:e})}function x({variant:e="secondary",busy:n,disabled:o,children:r,type:a,...i}){return t("button",{...i,type:a??"button",class:`btn btn-${e}`,disabled:o||n,"aria-busy":n?"true":void 0,children:r})}function Je({id:e,label:n,required:o}){return t("label",{for:e,children:[n,o&&t("span",{class:"required",children:[" （",m("required"),"）"]})]})}function Ne(e,n,o){return[n?`${e}-help`:"",o?`${e}-err`:""].filter(Boolean).join(" ")||void 0}function Ce({id:e,help:n,error:o}){return t($,{children:[n&&t("p",{class:"help",id:`${e}-help`,children:n}),o&&t("p",{class:"field-error",id:`${e}-err`,children:o})]})}function U(e){let n=oe();return t("div",{class:"field",children:[t(Je,{id:n,label:e.label,required:e.required}),t("input",{id:n,name:e.name,type:e.type??"text",value:e.value,required:e.required,autocomplete:e.autocomplete,maxLength:e.maxLength,"aria-invalid":e.error?"true":void 0,"aria-describedby":Ne(n,e.help,e.error),"data-testid":e.testid,onInput:o=>e.onInput(o.currentTarget.value)}),t(Ce,{id:n,help:e.help,error:e.error})]})}function ye(e){let n=oe();return t("div",{class:"field",children:[t(Je,{id:n,label:e.label,required:e.required}),t("textarea",{id:n,name:e.name,rows:e.rows??4,value:e.value,required:e.required,"aria-invalid":e.error?"true":void 0,"aria-describedby":Ne(n,e.help,e.error),"data-testid":e.testid,onInput:o=>e.onInput(o.currentTarget.value)}),t(Ce,{id:n,help:e.help,error:e.error})]})}function j(e){let n=oe();return t("div",{class:"field",children:[t(Je,{id:n,label:e.label,required:e.required}),t("select",{id:n,name:e.name,value:e.value,required:e.required,"aria-invalid":e.error?"true":void 0,"aria-describedby":Ne(n,e.help,e.error),"data-testid":e.testid,onChange:o=>e.onChange(o.currentTarget.value),children:e.options.map(o=>t("option",{value:o.value,children:o.label},o.value))}),t(Ce,{id:n,help:e.help,error:e.error})]})}function ft(e){let n=oe();return t("div",{class:"field field-check",children:[t("input",{id:n,type:"checkbox",name:e.name,checked:e.checked,"aria-describedby":Ne(n,e.help,e.error),"data-testid":e.testid,onChange:o=>e.onChange(o.currentTarget.checked)}),t("label",{for:n,children:e.label}),t(Ce,{id:n,help:e.help,error:e.error})]})}function V({legend:e,children:n,class:o}){return t("fieldset",{class:`fieldset ${o??""}`,children:[t("legend",{children:e}),n]})}function Ze(e){let[n,o]=_([]);L(()=>o([]),[e.resetKey]);let r=e.page?.edges??[],a=n.length*e.pageSize+1;return t("div",{class:"table-wrap",children:[t("table",{class:"table","data-testid":e.testid,children:[t("caption",{children:e.caption}),t("thead",{children:t("tr",{children:e.columns.map(i=>t("th",{scope:"col",class:i.class,children:i.header}))})}),t("tbody",{children:[r.length===0&&t("tr",{children:t("td",{colSpan:e.columns.length,children:m("empty")})}),r.map(i=>t("tr",{children:e.columns.map(d=>t("td",{class:d.class,children:d.cell(i.node)}))},e.rowKey(i.node)))]})]}),e.page&&t("nav",{class:"pager","aria-label":e.caption,children:[t("span",{role:"status",children:r.length>0?m("pageInfo",{from:a,to:a+r.length-1,n:e.page.totalCount}):m("totalCount",{n:e.page.totalCount})}),t(x,{disabled:n.length===0,onClick:()=>{let i=n.slice(0,-1);o(i),e.onAfter(n[n.length-1]??null)},children:["← ",m("prev")]}),t(x,{disabled:!e.page.pageInfo.hasNextPage,onClick:()=>{o([...n,e.after]),e.onAfter(e.page?.pageInfo.endCursor??null)},children:[m("next")," →"]})]})]})}function oo(e){return s(`status${e}`)}function le(e){return s(`kind${e}`)}var ro={DRAFT:"neutral",SUBMITTED:"info",IN_DIALOGUE:"warning",ACCEPTED:"success",DECLINED:"danger",WITHDRAWN:"neutral"};function Ee({status:e}){return t(O,{tone:ro[e],testid:"proposal-status",children:oo(e)})}var ht=["SUBMITTED","IN_DIALOGUE","ACCEPTED","DECLINED","WITHDRAWN","DRAFT"];function yt(e){return e<1024?s("bytes",{n:e}):e<1024*1024?s("kb",{n:(e/1024).toFixed(1)}):s("mb",{n:(e/1024/1024).toFixed(1)})}I(`
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
`);var bt=I(`
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
`),io=I(`
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
`),$e=20,ao=["status","kind","challenge","department","from","to","q","attention"];function so(e){let n={};for(let o of ao){let r=e.get(o);r&&(n[o]=r)}return n}function lo(e){let n={};return e.status&&(n.status=e.status),e.kind&&(n.kind=e.kind),e.challenge&&(n.challengeId=e.challenge),e.department&&(n.departmentId=e.department),(e.from||e.to)&&(n.submittedOn={from:e.from||null,to:e.to||null}),e.q&&(n.search=e.q),e.attention&&(n.needsAttention=!0),n}function po(e){let n=new Map;return e.map(o=>{let r=o.parent?(n.get(o.parent.id)??0)+1:0;return n.set(o.id,r),{value:o.id,label:`${"　".repeat(r)}${o.name}`}})}function _t({query:e}){let n=so(e),[o,r]=_(n),a=lo(n),i=JSON.stringify(a),[d,p]=_({key:i,after:null}),u=d.key===i?d.after:null,g=h=>p({key:i,after:h}),c=M(bt,{first:$e,after:u,filter:a}),y=M(io,{}),f=h=>b=>r({...o,[h]:b}),l=h=>{g(null),lt("/proposals",h)},P=uo();return t("section",{children:[t("h1",{children:s("inboxTitle")}),!n.attention&&t(co,{columns:P}),t("h2",{class:"visually-hidden",children:s("inboxCaption")}),t("nav",{"aria-label":s("statusTabs"),class:"tabs",children:t("ul",{children:[t("li",{children:t("a",{href:B("/proposals",{...n,status:void 0}),"aria-current":n.status?void 0:"page",children:s("all")})}),ht.map(h=>t("li",{children:t("a",{href:B("/proposals",{...n,status:h}),"aria-current":n.status===h?"page":void 0,"data-testid":`status-tab-${h}`,children:s(`status${h}`)})},h))]})}),t("form",{class:"filters",role:"search",onSubmit:h=>{h.preventDefault(),l(o)},children:[t(V,{legend:s("filters"),class:"filters-grid",children:[t(U,{label:s("search"),type:"search",value:o.q??"",onInput:f("q"),testid:"filter-search"}),t(j,{label:s("kind"),value:o.kind??"",onChange:f("kind"),options:[{value:"",label:s("any")},...["FREE","CHALLENGE"].map(h=>({value:h,label:le(h)}))]}),t(j,{label:s("challenge"),value:o.challenge??"",onChange:f("challenge"),options:[{value:"",label:s("any")},...y.data?.challenges.edges.map(h=>({value:h.node.id,label:h.node.title}))??[]]}),t(j,{label:s("department"),value:o.department??"",onChange:f("department"),options:[{value:"",label:s("any")},...po(y.data?.municipality.departments??[])],testid:"filter-department"}),t(U,{label:s("submittedFrom"),type:"date",value:o.from??"",onInput:f("from")}),t(U,{label:s("submittedTo"),type:"date",value:o.to??"",onInput:f("to")}),t(ft,{label:s("onlyAttention"),checked:!!o.attention,onChange:h=>r({...o,attention:h?"1":void 0}),testid:"filter-attention"})]}),t("div",{class:"actions",children:[t(x,{type:"submit",variant:"primary","data-testid":"filter-apply",children:s("apply")}),t(x,{onClick:()=>{r({}),l({})},children:s("reset")})]})]}),t(S,{error:c.error,onRetry:()=>{c.reload()},retryLabel:m("retry")}),c.loading&&!c.data&&t(se,{label:m("loading")}),c.data&&t(Ze,{caption:s("inboxCaption"),columns:P,page:c.data.proposals,after:u,onAfter:g,resetKey:i,rowKey:h=>h.id,pageSize:$e,testid:"inbox-table"})]})}function co({columns:e}){let[n,o]=_(null),r=M(bt,{first:$e,after:n,filter:{needsAttention:!0}});return t("section",{class:"attention","aria-labelledby":"attention-title","data-testid":"attention",children:[t("h2",{id:"attention-title",children:s("attentionTitle")}),t("p",{class:"help",children:s("attentionHelp")}),t(S,{error:r.error,onRetry:()=>{r.reload()},retryLabel:m("retry")}),r.data&&(r.data.proposals.totalCount===0?t("p",{class:"muted",children:s("attentionNone")}):t(Ze,{caption:s("attentionCaption"),columns:e,page:r.data.proposals,after:n,onAfter:o,resetKey:"attention",rowKey:a=>a.id,pageSize:$e,testid:"attention-table"}))]})}function uo(){return[{header:s("colTitle"),cell:e=>t("a",{href:B(`/proposals/${encodeURIComponent(e.id)}`),"data-testid":"proposal-link",children:e.title})},{header:s("colProposer"),cell:e=>e.organization?.name??""},{header:s("colKind"),cell:e=>e.kind==="CHALLENGE"&&e.challenge?`${le(e.kind)}：${e.challenge.title}`:le(e.kind)},{header:s("colStatus"),cell:e=>t(Ee,{status:e.status})},{header:s("colSubmitted"),cell:e=>e.submittedAt?H(e.submittedAt):s("notSubmitted")},{header:s("colFlags"),cell:e=>t($,{children:[e.overdue&&t(O,{tone:"danger",icon:"!",children:s("overdue")})," ",e.unreadMessageCount>0&&t(O,{tone:"warning",icon:"●",children:s("unread",{n:e.unreadMessageCount})})]})},{header:s("colAssigned"),cell:e=>t("ul",{class:"plain",children:e.assignments.map(n=>t("li",{children:[n.department.name,n.dueOn&&`（${Te(n.dueOn)}）`,n.respondedAt&&t(O,{tone:"success",children:s("answered")})]},n.department.id))})}]}function Pt(e){let n=te(null),o=oe(),r=te(null);return L(()=>{let a=n.current;a&&(e.open&&!a.open?(r.current=document.activeElement,a.showModal()):!e.open&&a.open&&(a.close(),r.current instanceof HTMLElement&&r.current.focus()))},[e.open]),t("dialog",{ref:n,class:"dialog","aria-labelledby":o,onCancel:a=>{a.preventDefault(),e.onCancel()},children:[t("h2",{id:o,children:e.title}),t("div",{class:"dialog-body",children:e.children}),t("div",{class:"actions",children:[t(x,{variant:e.danger?"danger":"primary",busy:e.busy,onClick:e.onConfirm,"data-testid":"confirm-ok",children:e.confirmLabel??m("ok")}),t(x,{onClick:e.onCancel,children:m("cancel")})]})]})}function Xe(e){return new Set(e.viewerActions)}var mo=I(`
  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),go=I(`
  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),fo=I(`
  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
    decideProposal(id: $id, decision: $decision, reason: $reason) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),ho=I(`
  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),yo=I(`
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
`),bo=I(`
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
`);function At({p:e,actions:n,notice:o,onChange:r}){let a=["ASSIGN","RESPOND","DECIDE","LINK"].some(i=>n.has(i));return t("div",{class:"panel",children:[t("h2",{id:"actions-title",children:s("secActions")}),t(Se,{children:o}),!a&&t("p",{class:"muted",children:s("noActions")}),n.has("ASSIGN")&&t(_o,{p:e,onChange:r}),n.has("RESPOND")&&t(Po,{p:e,onChange:r}),n.has("DECIDE")&&t(Ao,{p:e,onChange:r}),n.has("LINK")&&t(vo,{p:e,onChange:r})]})}function _o({p:e,onChange:n}){let o=M(yo,{}),[r,a]=_(new Set),[i,d]=_(""),[p,u]=_(!1),g=K(async()=>{let l=await F(mo,{id:e.id,departmentIds:[...r],dueOn:i||null});a(new Set),n(l.assignProposal.proposal,s("assigned"))}),c=new Set(e.assignments.map(l=>l.department.id)),y=new Map,f=(o.data?.municipality.departments??[]).map(l=>{let P=l.parent?(y.get(l.parent.id)??0)+1:0;return y.set(l.id,P),{...l,depth:Math.min(P,3)}});return t("section",{class:"action","aria-labelledby":"assign-title","data-testid":"assign-form",children:[t("h3",{id:"assign-title",children:s("assignTitle")}),t("p",{class:"help",children:s("assignHelp")}),t("form",{onSubmit:l=>{if(l.preventDefault(),r.size===0){u(!0);return}u(!1),g.run()},children:[t(V,{legend:s("assignDepartments"),class:"tree",children:[t(S,{error:o.error}),t("ul",{class:"plain",children:f.map(l=>t("li",{class:`depth-${l.depth}`,children:t("label",{class:"check",children:[t("input",{type:"checkbox",checked:c.has(l.id)||r.has(l.id),disabled:c.has(l.id),onChange:P=>{let h=new Set(r);P.currentTarget.checked?h.add(l.id):h.delete(l.id),a(h)}})," ",l.name]})},l.id))}),p&&t("p",{class:"field-error",role:"alert",children:s("assignPick")})]}),t(U,{label:s("assignDue"),type:"date",value:i,onInput:d,testid:"assign-due"}),t(S,{error:g.error}),t(x,{type:"submit",variant:"primary",busy:g.busy,"data-testid":"assign-submit",children:s("assignSubmit")})]})]})}function Po({p:e,onChange:n}){let[o,r]=_(""),[a,i]=_(""),[d,p]=_(!1),u=K(async()=>{let g=await F(go,{id:e.id,opinion:o,feasible:a==="yes"});n(g.respondToAssignment.proposal,s("responded"))});return t("section",{class:"action","aria-labelledby":"respond-title","data-testid":"respond-form",children:[t("h3",{id:"respond-title",children:s("respondTitle")}),t("form",{onSubmit:g=>{g.preventDefault(),p(!0),!(!o.trim()||!a)&&u.run()},children:[t(V,{legend:s("respondFeasible"),class:"radios",children:[t("label",{class:"radio",children:[t("input",{type:"radio",name:"feasible",value:"yes",checked:a==="yes",onChange:()=>i("yes"),"data-testid":"respond-feasible-yes"})," ",s("feasibleYes")]}),t("label",{class:"radio",children:[t("input",{type:"radio",name:"feasible",value:"no",checked:a==="no",onChange:()=>i("no"),"data-testid":"respond-feasible-no"})," ",s("feasibleNo")]}),d&&!a&&t("p",{class:"field-error",children:s("respondFeasible")})]}),t(ye,{label:s("respondOpinion"),required:!0,value:o,onInput:r,error:d&&!o.trim()?s("opinionRequired"):void 0,testid:"respond-opinion"}),t(S,{error:u.error}),t(x,{type:"submit",variant:"primary",busy:u.busy,"data-testid":"respond-submit",children:s("respondSubmit")})]})]})}function Ao({p:e,onChange:n}){let[o,r]=_(""),[a,i]=_(""),[d,p]=_(!1),[u,g]=_(!1),c=K(async()=>{if(!o)return;let f=await F(fo,{id:e.id,decision:o,reason:a});g(!1),n(f.decideProposal.proposal,s("decided"))}),y=o==="ACCEPTED"?s("decideAccept"):s("decideDecline");return t("section",{class:"action","aria-labelledby":"decide-title","data-testid":"decide-form",children:[t("h3",{id:"decide-title",children:s("decideTitle")}),t("form",{onSubmit:f=>{f.preventDefault(),p(!0),!(!o||!a.trim())&&g(!0)},children:[t(V,{legend:s("decision"),class:"radios",children:[t("label",{class:"radio",children:[t("input",{type:"radio",name:"decision",value:"ACCEPTED",checked:o==="ACCEPTED",onChange:()=>r("ACCEPTED"),"data-testid":"decide-accept"})," ",s("decideAccept")]}),t("label",{class:"radio",children:[t("input",{type:"radio",name:"decision",value:"DECLINED",checked:o==="DECLINED",onChange:()=>r("DECLINED"),"data-testid":"decide-decline"})," ",s("decideDecline")]}),d&&!o&&t("p",{class:"field-error",children:s("decision")})]}),t(ye,{label:s("reason"),help:s("reasonHelp"),required:!0,value:a,onInput:i,error:d&&!a.trim()?s("reasonRequired"):void 0,testid:"decide-reason"}),t(S,{error:c.error}),t(x,{type:"submit",variant:"primary","data-testid":"decide-submit",children:s("decideSubmit")})]}),t(Pt,{open:u,title:s("decideConfirmTitle"),confirmLabel:y,danger:o==="DECLINED",busy:c.busy,onConfirm:()=>{c.run()},onCancel:()=>g(!1),children:[t("p",{children:s("decideConfirm",{title:e.title,decision:y})}),t("p",{class:"prewrap",children:[s("reason"),"：",a]}),t(S,{error:c.error})]})]})}function vo({p:e,onChange:n}){let o=M(bo,{}),[r,a]=_(""),[i,d]=_(""),[p,u]=_(""),[g,c]=_(""),[y,f]=_("PARTNERSHIP"),[l,P]=_("BUSINESS"),[h,b]=_(""),[w,A]=_(""),[N,D]=_(!1),Y=K(async()=>{let v=await F(ho,{id:e.id,projectId:r==="existing"&&p?p:null,agreementId:i==="existing"&&g?g:null,newProject:r==="new"?{kind:y,title:h.trim()||null}:null,newAgreement:i==="new"?{kind:l,title:w.trim()||null}:null});a(""),d(""),n(v.linkProposalOutcome.proposal,s("linked")),o.reload()}),de=[{value:"",label:s("linkNone")},{value:"existing",label:s("linkExisting")},{value:"new",label:s("linkNew")}],J={value:"",label:s("linkPick")};return t("section",{class:"action","aria-labelledby":"link-title","data-testid":"link-form",children:[t("h3",{id:"link-title",children:s("linkTitle")}),t("p",{class:"help",children:s("linkHelp")}),t(S,{error:o.error}),t("form",{onSubmit:v=>{v.preventDefault();let pe=r==="existing"&&p||r==="new"||i==="existing"&&g||i==="new";D(!pe),pe&&Y.run()},children:[t(V,{legend:s("linkProject"),children:[t(j,{label:s("linkProject"),value:r,onChange:v=>a(v),options:de,testid:"link-project-mode"}),r==="existing"&&t(j,{label:s("linkPick"),value:p,onChange:u,options:[J,...o.data?.projects.edges.map(v=>({value:v.node.id,label:v.node.title}))??[]],testid:"link-project"}),r==="new"&&t($,{children:[t(j,{label:s("newKind"),value:y,onChange:v=>f(v),options:["PARTNERSHIP","DEMONSTRATION"].map(v=>({value:v,label:s(`proj${v}`)}))}),t(U,{label:s("newTitle"),value:h,onInput:b})]})]}),t(V,{legend:s("linkAgreement"),children:[t(j,{label:s("linkAgreement"),value:i,onChange:v=>d(v),options:de,testid:"link-agreement-mode"}),i==="existing"&&t(j,{label:s("linkPick"),value:g,onChange:c,options:[J,...o.data?.agreements.edges.map(v=>({value:v.node.id,label:v.node.title}))??[]],testid:"link-agreement"}),i==="new"&&t($,{children:[t(j,{label:s("newKind"),value:l,onChange:v=>P(v),options:["BUSINESS","COMPREHENSIVE","MEMORANDUM"].map(v=>({value:v,label:s(`agr${v}`)}))}),t(U,{label:s("newTitle"),value:w,onInput:A})]})]}),N&&t("p",{class:"field-error",role:"alert",children:s("linkNothing")}),t(S,{error:Y.error}),t(x,{type:"submit",variant:"primary",busy:Y.busy,"data-testid":"link-submit",children:s("linkSubmit")})]})]})}var ko=I(`
  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),wo=I(`
  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`);function vt({p:e,actions:n,onChange:o,onReload:r}){let a=n.has("MESSAGE"),i=n.has("INTERNAL_NOTE"),[d,p]=_(!a&&i),[u,g]=_(""),[c,y]=_(""),f=K(async()=>{let b=await F(ko,{proposalId:e.id,body:u,internal:d});g(""),y(d?s("postedNote"):s("posted")),o(b.postProposalMessage.proposal)}),[l,P]=_(null),h=K(async b=>{if(!l)return;let w=await Bn(wo,{proposalId:e.id,file:null},[{path:"variables.file",file:l}]);P(null),b.reset(),y(s("attached",{name:w.attachFile.fileName})),await r()});return t("section",{"aria-labelledby":"sec-dialogue",children:[t("h2",{id:"sec-dialogue",children:s("secDialogue")}),t("p",{class:"help",children:s("dialogueHelp")}),e.messages.length===0?t("p",{class:"muted",children:s("noMessages")}):t("ol",{class:"messages","data-testid":"messages",children:e.messages.map(b=>t("li",{class:b.internal?"msg msg-internal":"msg msg-shared","data-testid":b.internal?"internal-note":"shared-message",children:[t("div",{class:"msg-head",children:[b.internal?t(O,{tone:"internal",icon:"✎",children:[s("internalNote"),"（",s("internalNoteHint"),"）"]}):t(O,{tone:"info",icon:"✉",children:s("sharedMessage")}),t("span",{class:"msg-author",children:en(b.author)}),t("time",{class:"muted",dateTime:b.createdAt,children:H(b.createdAt)})]}),t("p",{class:"prewrap",children:b.body})]},b.id))}),t(Se,{children:c}),(a||i)&&t("form",{class:"post-form",onSubmit:b=>{b.preventDefault(),y(""),f.run()},children:[a&&i&&t(V,{legend:s("postKind"),class:"radios",children:[t("label",{class:"radio",children:[t("input",{type:"radio",name:"post-kind",checked:!d,onChange:()=>p(!1),"data-testid":"post-shared"}),t("span",{"aria-hidden":"true",children:"✉ "}),s("sharedMessage")]}),t("label",{class:"radio radio-internal",children:[t("input",{type:"radio",name:"post-kind",checked:d,onChange:()=>p(!0),"data-testid":"post-internal"}),t("span",{"aria-hidden":"true",children:"✎ "}),s("internalNote"),"（",s("internalNoteHint"),"）"]})]}),t(ye,{label:d?`${s("postBody")}（${s("internalNote")}）`:`${s("postBody")}（${s("sharedMessage")}）`,required:!0,value:u,onInput:g,rows:4,testid:"post-body"}),t(S,{error:f.error}),t(x,{type:"submit",variant:"primary",busy:f.busy,disabled:!u.trim(),"data-testid":"post-submit",children:s("post")})]}),n.has("ATTACH")&&t("form",{class:"attach-form",onSubmit:b=>{b.preventDefault(),y(""),h.run(b.currentTarget)},children:[t("div",{class:"field",children:[t("label",{for:"attach-file",children:s("attachFile")}),t("input",{id:"attach-file",type:"file","data-testid":"attach-file",onChange:b=>P(b.currentTarget.files?.[0]??null)})]}),t(S,{error:h.error}),t(x,{type:"submit",busy:h.busy,disabled:!l,children:s("attach")})]})]})}I(`
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
`);var Io=I(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalPageFields
    }
  }
`),xo=I(`
  mutation ProposalMarkRead($id: ID!) {
    markProposalRead(id: $id) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),kt=["CITY","PARTNER"],wt=["PEOPLE","GOODS","MONEY","INFORMATION"],Do=new Set(["CREATE","UPDATE","SUBMIT","ASSIGN","RESPOND","DECIDE","WITHDRAW","LINK"]);function en(e){if(!e)return"";let n=s(`actor${e.kind}`),o=[e.department?.name,e.displayName].filter(Boolean).join(" ");return o?`${n}：${o}`:n}function It({params:e}){let n=e.id,o=M(Io,{id:n}),[r,a]=_(null),i=r??o.data?.proposal??null,[d,p]=_(""),u=(f,l)=>{a(f),p(l??"")},g=async()=>{a(null),await o.reload()},c=te(!1),y=o.data?.proposal;return L(()=>{!y||c.current||y.unreadMessageCount===0||!y.viewerActions.includes("MARK_READ")||(c.current=!0,F(xo,{id:y.id}).then(f=>a(f.markProposalRead.proposal)).catch(()=>{}))},[y]),t("article",{class:"proposal",children:[t("p",{children:t("a",{href:B("/proposals"),children:["← ",s("back")]})}),t(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:m("retry")}),o.loading&&!i&&t(se,{label:m("loading")}),o.data&&!i&&t("p",{class:"banner banner-error",role:"alert",children:s("notFound")}),i&&t($,{children:[t("header",{class:"proposal-head",children:[t("h1",{"data-testid":"proposal-title",children:i.title}),t("p",{class:"meta",children:[t(Ee,{status:i.status})," ",t(O,{children:le(i.kind)}),i.overdue&&t(O,{tone:"danger",icon:"!",testid:"overdue",children:s("overdue")}),i.unreadMessageCount>0&&t(O,{tone:"warning",icon:"●",testid:"unread",children:s("unread",{n:i.unreadMessageCount})}),i.challenge&&t("span",{children:[" ",i.challenge.title]})]}),t("dl",{class:"facts",children:[t("div",{children:[t("dt",{children:s("organization")}),t("dd",{children:i.organization?.name??s("none")})]}),t("div",{children:[t("dt",{children:s("submittedAt")}),t("dd",{children:i.submittedAt?H(i.submittedAt):s("notSubmitted")})]}),i.decidedAt&&t("div",{children:[t("dt",{children:s("decidedAt")}),t("dd",{children:H(i.decidedAt)})]}),i.project&&t("div",{children:[t("dt",{children:s("currentProject")}),t("dd",{"data-testid":"linked-project",children:i.project.title})]}),i.agreement&&t("div",{children:[t("dt",{children:s("currentAgreement")}),t("dd",{"data-testid":"linked-agreement",children:i.agreement.title})]})]})]}),t("div",{class:"proposal-grid",children:[t("div",{class:"proposal-main",children:[t(To,{p:i}),t(So,{p:i}),t(No,{p:i}),t(vt,{p:i,actions:Xe(i),onChange:u,onReload:g}),t(Co,{p:i})]}),t("aside",{class:"proposal-side","aria-labelledby":"actions-title",children:t(At,{p:i,actions:Xe(i),notice:d,onChange:u})})]})]})]})}function nn({text:e}){return e.trim()?t($,{children:e.split(/\n{2,}/).map((n,o)=>t("p",{class:"prewrap",children:n},o))}):t("p",{class:"muted",children:s("none")})}function To({p:e}){return t("section",{"aria-labelledby":"sec-content",children:[t("h2",{id:"sec-content",children:s("secContent")}),t("h3",{children:s("summary")}),t(nn,{text:e.summary}),t("h3",{children:s("body")}),t(nn,{text:e.body}),t("h3",{children:s("desiredScheme")}),t(nn,{text:e.desiredScheme}),t("h3",{children:s("resources")}),t("div",{class:"table-wrap",children:t("table",{class:"table matrix","data-testid":"resources-matrix",children:[t("caption",{class:"visually-hidden",children:s("resourcesCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:s("side")}),wt.map(n=>t("th",{scope:"col",children:s(`res${n}`)},n))]})}),t("tbody",{children:kt.map(n=>t("tr",{children:[t("th",{scope:"row",children:s(`side${n}`)}),wt.map(o=>{let r=e.resources.filter(a=>a.side===n&&a.kind===o);return t("td",{children:r.length===0?t("span",{class:"muted",children:"—"}):t("ul",{class:"plain",children:r.map((a,i)=>t("li",{children:a.description},i))})},o)})]},n))})]})}),t("h3",{children:s("merits")}),t("div",{class:"merits",children:kt.map(n=>{let o=e.merits.filter(r=>r.side===n);return t("div",{children:[t("h4",{children:s("meritFor",{side:s(`side${n}`)})}),o.length===0?t("p",{class:"muted",children:s("none")}):t("ul",{children:o.map((r,a)=>t("li",{children:r.description},a))})]},n)})}),e.contact&&t($,{children:[t("h3",{children:s("contact")}),t("dl",{class:"facts",children:[t("div",{children:[t("dt",{children:s("affiliation")}),t("dd",{children:e.contact.affiliation})]}),t("div",{children:[t("dt",{children:s("contactName")}),t("dd",{children:e.contact.name})]}),t("div",{children:[t("dt",{children:s("email")}),t("dd",{children:e.contact.email})]}),t("div",{children:[t("dt",{children:s("phone")}),t("dd",{children:e.contact.phone})]})]})]})]})}function So({p:e}){let[n,o]=_(null);return t("section",{"aria-labelledby":"sec-attachments",children:[t("h2",{id:"sec-attachments",children:s("secAttachments")}),t(S,{error:n}),e.attachments.length===0?t("p",{class:"muted",children:s("noAttachments")}):t("ul",{class:"files","data-testid":"attachments",children:e.attachments.map(r=>t("li",{children:[t(x,{variant:"link","aria-label":s("download",{name:r.fileName}),onClick:()=>{o(null),Un(r.downloadUrl,r.fileName).catch(o)},children:[t("span",{"aria-hidden":"true",children:"↓ "}),r.fileName]})," ",t("span",{class:"muted",children:[yt(r.size)," ・ ",H(r.createdAt),r.messageId&&` ${s("onMessage")}`]})]},r.id))})]})}function No({p:e}){return t("section",{"aria-labelledby":"sec-assignments",children:[t("h2",{id:"sec-assignments",children:s("secAssignments")}),e.assignments.length===0?t("p",{class:"muted",children:s("noAssignments")}):t("div",{class:"table-wrap",children:t("table",{class:"table","data-testid":"assignments",children:[t("caption",{class:"visually-hidden",children:s("assignmentsCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:s("department")}),t("th",{scope:"col",children:s("dueOn")}),t("th",{scope:"col",children:s("feasible")}),t("th",{scope:"col",children:s("opinion")}),t("th",{scope:"col",children:s("respondedAt")})]})}),t("tbody",{children:e.assignments.map(n=>t("tr",{children:[t("th",{scope:"row",children:n.department.name}),t("td",{children:n.dueOn?Te(n.dueOn):"—"}),t("td",{children:n.feasible==null?t(O,{children:s("notAnswered")}):n.feasible?t(O,{tone:"success",icon:"○",children:s("feasibleYes")}):t(O,{tone:"danger",icon:"×",children:s("feasibleNo")})}),t("td",{class:"prewrap",children:n.opinion??""}),t("td",{children:n.respondedAt?H(n.respondedAt):"—"})]},n.department.id))})]})})]})}function Co({p:e}){return t("section",{"aria-labelledby":"sec-history",children:[t("h2",{id:"sec-history",children:s("secHistory")}),t("div",{class:"table-wrap",children:t("table",{class:"table","data-testid":"history",children:[t("caption",{class:"visually-hidden",children:s("historyCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:s("colWhen")}),t("th",{scope:"col",children:s("colAction")}),t("th",{scope:"col",children:s("colChange")}),t("th",{scope:"col",children:s("colActor")}),t("th",{scope:"col",children:s("colReason")})]})}),t("tbody",{children:e.history.map((n,o)=>t("tr",{children:[t("td",{children:H(n.at)}),t("td",{children:Do.has(n.action)?s(`act${n.action}`):n.action}),t("td",{children:n.from||n.to?`${n.from?s(`status${n.from}`):""} → ${n.to?s(`status${n.to}`):""}`:""}),t("td",{children:en(n.actor)}),t("td",{class:"prewrap",children:n.reason})]},o))})]})})]})}var xt=[{path:"/proposals",component:_t,nav:{label:()=>s("navInbox"),order:100},permission:{resource:"proposal",action:"read"}},{path:"/proposals/:id",component:It,permission:{resource:"proposal",action:"read"}}];var Dt=[];var Tt=[];var he=[{path:"/",component:ut,nav:{label:()=>m("home"),order:0}},...xt,...Dt,...Tt];function St(e){let n=e.viewer.me;return t($,{children:[t("a",{class:"skip",href:"#main",onClick:o=>{o.preventDefault(),document.getElementById("main")?.focus()},children:m("skipToMain")}),t("header",{class:"header",children:[t("div",{class:"brand",children:[t("span",{class:"brand-muni",children:e.viewer.municipality.name})," ",m("appName")]}),t("div",{class:"header-tools",children:[t("span",{class:"who","data-testid":"who",children:m("signedInAs",{name:n.displayName,dept:n.department?.name??n.role})}),t(tn,{}),t(x,{onClick:e.onSignOut,busy:e.signingOut,"data-testid":"sign-out",children:m("signOut")})]})]}),t("div",{class:"frame",children:[t("nav",{class:"nav","aria-label":m("mainNav"),children:t("ul",{children:e.nav.map(o=>{let r=e.current===o.path||o.path!=="/"&&e.current.startsWith(`${o.path}/`);return t("li",{children:t("a",{href:B(o.path),"aria-current":r?"page":void 0,children:o.label})},o.path)})})}),t("main",{id:"main",class:"main",tabIndex:-1,children:e.children})]})]})}function tn(){let e=re()==="ja"?"en":"ja";return t("button",{type:"button",class:"btn btn-link",lang:e,"aria-label":`${m("language")}: ${m("switchLang")}`,onClick:()=>Rn(e),"data-testid":"lang-toggle",children:m("switchLang")})}var Eo=I(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);function Nt({notice:e}){let[n,o]=_(""),[r,a]=_(""),[i,d]=_(""),p=K(async()=>{let u=await F(Eo,{email:n,password:r},{municipality:i.trim()||void 0});ie(u.login.token)});return t("div",{class:"login",children:[t("div",{class:"login-lang",children:t(tn,{})}),t("main",{id:"main",class:"login-box",children:[t("h1",{children:m("appName")}),t("h2",{children:m("signInTitle")}),e&&t("p",{class:"banner banner-notice",role:"status",children:e}),p.error?.code==="UNAUTHENTICATED"?t("p",{class:"banner banner-error",role:"alert","data-testid":"login-error",children:m("loginFailed")}):t(S,{error:p.error}),t("form",{onSubmit:u=>{u.preventDefault(),p.run()},children:[t(U,{label:m("email"),type:"email",autocomplete:"username",required:!0,value:n,onInput:o,testid:"login-email"}),t(U,{label:m("password"),type:"password",autocomplete:"current-password",required:!0,value:r,onInput:a,testid:"login-password"}),t(U,{label:m("municipality"),help:m("municipalityHelp"),value:i,onInput:d,autocomplete:"off",testid:"login-municipality"}),t(x,{type:"submit",variant:"primary",busy:p.busy,"data-testid":"login-submit",children:p.busy?m("signingIn"):m("signIn")})]})]})]})}var $o=I(`
  mutation Logout {
    logout
  }
`);async function Ro(){try{await F($o,{})}finally{ie(null)}}function Oo(){let[,e]=_(0),[n,o]=_(fe()!==null),[r,a]=_(!1);return L(()=>On(()=>e(i=>i+1)),[]),L(()=>Fn(i=>{a(!i&&n),o(i)}),[n]),n?t(Fo,{}):t(Nt,{notice:r?m("errUnauthenticated"):void 0})}function Fo(){let e=M(pt,{}),[n,o]=_(!1),r=st(),a=()=>{o(!0),Ro().catch(()=>{})};if(e.error)return t("main",{id:"main",class:"login-box",children:[t(S,{error:e.error,onRetry:()=>{e.reload()},retryLabel:m("retry")}),t(x,{onClick:a,children:m("signOut")})]});if(!e.data)return t(se,{label:m("loading")});let i=e.data.me;if(!i||i.role==="PROPOSER")return t("main",{id:"main",class:"login-box",children:[t("p",{class:"banner banner-error",role:"alert",children:m("proposerOnly")}),t(x,{onClick:a,children:m("signOut")})]});let d={me:i,municipality:e.data.municipality,permissions:e.data.permissions},p=he.filter(c=>c.nav&&ae(d,c.permission)).sort((c,y)=>c.nav.order-y.nav.order).map(c=>({path:c.path,label:c.nav.label()})),u=dt(he,r.path),g;if(!u||!ae(d,u.route.permission))g=t("section",{children:[t("h1",{children:m("notFound")}),t("p",{children:t("a",{href:"#/",children:m("backHome")})})]});else{let c=u.route.component;g=t(c,{params:u.params,query:r.query},r.path)}return t(Ye.Provider,{value:d,children:t(St,{viewer:d,nav:p,current:r.path,onSignOut:a,signingOut:n,children:g})})}document.documentElement.lang=re();hn(t(Oo,{}),document.getElementById("app"));
