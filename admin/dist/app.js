var k,on,Nt,Q,Re,ke,an,_e,sn,Le,Oe,ln,pe=Symbol.for("pv"),we={},Ie=[],Ct=/^m(i|n|o|s|text|space)$/,Me=Array.isArray,dn=Ie.slice,ee=Object.assign;function X(e){e&&e.parentNode&&e.remove()}function Pe(e,n,r,o,a){var i={type:e,props:n,key:r,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:pe,__v:a||++on,__i:-1,__u:0};return!a&&k.vnode&&k.vnode(i),i}function E(e){return e.children}function Ae(e,n){this.props=e,this.context=n,this.__g=0}function G(e,n){if(n==null)return e.__&&G(e.__,e.__i+1);for(var r;n<e.__k.length;n++)if((r=e.__k[n])&&r.__e)return r.__e;return typeof e.type!="function"||e.props.__P?null:G(e)}function Et(e){var n,r=e.__v,o=r.__e,a=[],i=[],d=e.__P;d&&((n=ee({constructor:pe},r)).__v=r.__v+1,k.vnode&&k.vnode(n),qe(d,n,r,e.__n,d.namespaceURI,32&r.__u?[o]:null,a,o||G(r),32&r.__u,i),n.__v=r.__v,n.__.__k[n.__i]=n,fn(a,n,i),r.__=r.__e=null,n.__e!=o&&pn(n))}function pn(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(n){return n&&(e.__e=n.__e)}),pn(e)}function Fe(e){(8&e.__g||(e.__g|=8,Q.push(e),ke++))&&Re==k.debounceRendering||((Re=k.debounceRendering)||queueMicrotask)(cn)}function cn(){try{for(var e,n=1;Q.length;)Q.length>n&&Q.sort(an),e=Q.shift(),n=Q.length,8&e.__g&&Et(e)}finally{(ke=Q.length)&&(Re||queueMicrotask)(cn)}}function un(e,n,r,o,a,i,d,p,u,g,c){var y,f,l,P,h,b,w=o.__k||Ie,A=n.length;for(u=$t(r,n,w,u,A),y=0;y<A;y++)(l=r.__k[y])!=null&&(f=~l.__i&&w[l.__i]||we,l.__i=y,b=qe(e,l,f,a,i,d,p,u,g,c),P=l.__e,(f.ref!=l.ref||8&f.__u)&&(f.ref&&Be(f.ref,null,l,f),l.ref&&c.push(l.ref,l.__c||P,l)),h=h||P,4&l.__u?(u=mn(l,u,e,!f.__v),f.__e&&(f.__e=null)):typeof l.type=="function"&&b!==void 0?u=b:P&&(u=P.nextSibling),l.__u&=-21);return r.__e=h,u}function $t(e,n,r,o,a){var i,d,p,u,g,c,y,f,l,P=r.length,h=P,b=0,w=0,A=e.__k=Array(a);for(i=0;i<a;i++)(d=n[i])!=null&&typeof d!="boolean"&&typeof d!="function"?(typeof d!="object"||d.constructor===String?d=A[i]=Pe(null,d):Me(d)?d=A[i]=Pe(E,{children:d}):d.constructor===pe&&d.__b?d=A[i]=Pe(d.type,d.props,d.key,d.ref,d.__v):A[i]=d,u=i+b,d.__=e,d.__b=e.__b+1,p=null,~(g=d.__i=Rt(d,r,u,h))&&(h--,(p=r[g])&&(p.__u|=2)),p&&p.__v?(d.__u|=16,g==u-1?b--:g==u+1?b++:g!=u&&(g>u?b--:b++,w=1)):(~g||(a>P?b--:a<P&&b++),typeof d.type!="function"&&(d.__u|=4))):A[i]=null;if(w){for(c=[],y=[],i=0;i<a;i++)if((d=A[i])&&16&d.__u){for(b=0,f=c.length;b<f;)c[l=b+f>>1]<d.__i?b=l+1:f=l;c[b]=d.__i,y[i]=b+1}for(b=c.length;i--;)y[i]&&(y[i]==b?b--:A[i].__u|=4)}if(h)for(i=0;i<P;i++)!(p=r[i])||2&p.__u||(p.__e==o&&(o=G(p)),Ue(p,p));return o}function mn(e,n,r,o){var a,i,d,p;if(typeof e.type=="function"){if(e.props.__P)return n;if(a=e.__k)for(i=0;i<a.length;i++)a[i]&&(a[i].__=e,n=mn(a[i],n,r,!1));return n}for(n&&!n.parentNode&&(n=G(e))&&!n.parentNode&&(n=null),d=e.__e,p=n;p&&p.nodeType==8;)p=p.nextSibling;for(d!=p&&(!o&&r.moveBefore&&d.parentNode?r.moveBefore(d,n):r.insertBefore(d,n||null)),n=d;(n=n&&n.nextSibling)&&n.nodeType==8&&!n.data.startsWith("$s"););return n}function Rt(e,n,r,o){var a,i=e.key,d=e.type,p=n[r],u=p&&!(2&p.__u);if(p===null&&i==null||u&&i==p.key&&d==p.type)return r;if(o>(u?1:0)){for(a=r-1;a>=0;a--)if((p=n[a])&&!(2&p.__u)&&i==p.key&&d==p.type)return a;for(a=r+1;a<n.length;a++)if((p=n[a])&&!(2&p.__u)&&i==p.key&&d==p.type)return a}return-1}function rn(e,n,r){r==null&&(r=""),n[0]=="-"?e.setProperty(n,r):e[n]=r}function be(e,n,r,o,a){var i,d;if(n=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(n in o)r&&n in r||rn(e.style,n);if(r)for(n in r)o&&r[n]==o[n]||rn(e.style,n,r[n])}else if(n[0]=="o"&&n[1]=="n")typeof r!="function"&&(r=null),typeof o!="function"&&(o=null),(e.__e||(e.__e={}))[n]=r,r&&o||(d=Oe[n]||(Oe[n]=Ot(n)),(e.__a||(e.__a={}))[n]=Le,i=n!=(n=n.replace(sn,"$1")),(n=n.slice(2))[0]<"a"&&(n=n.toLowerCase()),r?e.addEventListener(n,d,i):e.removeEventListener(n,d,i));else{if(a=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{return void(e[n]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&r==1?"":r)}}function Ot(e){return function(n){var r=this.__e;if(r){if(r=r[e],n[_e]==null)n[_e]=Le++;else if(n[_e]<this.__a[e])return;return r(k.event?k.event(n):n)}}}function qe(e,n,r,o,a,i,d,p,u,g){var c,y,f,l,P,h,b,w,A,N,x,Y,le,J,v,de,W,Z,z=n.type;if(n.constructor!==pe)return null;128&r.__u&&(u=32&r.__u,c=r.__c.__z)&&(n.__u|=u,y=i=[],c.nodeType==8?p=ve(c,i):i.push(c),p=i[0]||p),(c=k.__b)&&c(n);e:if(typeof z=="function"){f=d.length;try{if(w=n.props,A=(c=z.prototype)&&c.render,N=(c=z.contextType)&&o[c.__c],x=c?N?N.props.value:c.__:o,(l=r.__c)?(n.__c=l,2&l.__g&&(l.__g|=1)):(A?n.__c=l=new z(w,x):(n.__c=l=new Ae(w,x),l.constructor=z,l.render=Lt),N&&N.sub(l),l.state||(l.state={}),l.__n=o,l.__g|=8,l.__h=[],l.__k=[]),A&&(l.__s||(l.__s=l.state),z.getDerivedStateFromProps&&(l.__s==l.state&&(l.__s=ee({},l.__s)),ee(l.__s,z.getDerivedStateFromProps(w,l.__s)))),P=l.props,h=l.state,l.__v=n,r.__c){if(w!==P&&A&&!z.getDerivedStateFromProps&&l.componentWillReceiveProps&&l.componentWillReceiveProps(w,x),n.__v==r.__v&&!(8&l.__g)||!(4&l.__g)&&l.shouldComponentUpdate&&l.shouldComponentUpdate(w,l.__s,x)===!1){n.__v!=r.__v&&(l.props=w,l.state=l.__s,l.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(M){M&&(M.__=n)}),Ie.push.apply(l.__h,l.__k),l.__k=[],l.__h.length&&d.push(l),p=G(r);break e}l.componentWillUpdate&&l.componentWillUpdate(w,l.__s,x),A&&l.componentDidUpdate&&l.__h.push(function(){l.componentDidUpdate(P,h,b)})}else A&&!z.getDerivedStateFromProps&&l.componentWillMount&&l.componentWillMount(),A&&l.componentDidMount&&l.__h.push(l.componentDidMount);l.context=x,l.props=w,l.__P=e,l.__g&=-5,Y=k.__r,le=A?25:0;do l.__g&=-9,Y&&Y(n),c=l.render(l.props,l.state=l.__s,l.context);while(8&l.__g&&++le<25);A&&(Ie.push.apply(l.__h,l.__k),l.__k=[]),l.state=l.__s,l.getChildContext&&(o=ee({},o,l.getChildContext())),A&&r.__c&&l.getSnapshotBeforeUpdate&&(b=l.getSnapshotBeforeUpdate(P,h)),J=c&&c.type===E&&c.key==null?c.props.children:c,w.__P&&(c=p,a=(e=w.__P).namespaceURI,u=i=null,r.props&&r.props.__P!=e&&(r.__k.some(function(M){M&&Ue(M,M)}),r.__k=null),p=r.__k?G(r,0):null),p=un(e,Me(J)?J:[J],n,r,o,a,i,d,p,u,g),w.__P&&(n.__e=null,p=c),n.__u&=-161,y&&y.some(X),l.__h.length&&d.push(l),1&l.__g&&(l.__g&=-4)}catch(M){if(d.length=f,n.__v=null,u||i)if(M&&M.then){if(n.__u|=128|u,i){for(~(W=i.indexOf(p||void 0))||(W=i.length);(Z=i[W-1])&&Z.nodeType==8;)W--;for(;W<i.length;W++)if(Z=i[W])if(i[W]=null,v){if(Z==de)break}else{if(Z.nodeType!=8)break;Z.data.startsWith("$s")&&(de=ve(v=Z))}}if(!v){for(;p&&p.nodeType==8&&p.nextSibling;)p=p.nextSibling;v=p}(c=ve(v=n.__c.__z||(n.__c.__z=v)))?(n.__e=v,p=c):n.__e=p,p=p&&p.nextSibling}else i&&i.some(X);else n.__e=r.__e;n.__k||(n.__k=r.__k||[]),M&&M.then||gn(n),k.__e(M,n,r)}}else p=n.__e=Ft(r.__e,n,r,o,a,i,d,u,g,e);return(c=k.diffed)&&c(n),p}function ve(e,n){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var r=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))r++;else if(e.data.startsWith("/$s")&&!--r)return e}n&&n.push(e)}}function gn(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(gn))}function fn(e,n,r){for(var o=0;o<r.length;)Be(r[o++],r[o++],r[o++]);k.__c&&k.__c(n,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(i){i.call(a)})}catch(i){k.__e(i,a.__v)}})}function Ft(e,n,r,o,a,i,d,p,u,g){var c,y,f,l,P,h,b,w,A=r.props||we,N=n.props,x=n.type;if(x=="svg"?a="http://www.w3.org/2000/svg":x=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),i){for(c=0;c<i.length;c++)if((P=i[c])&&(x?P.localName==x:P.nodeType==3)){e=P,i[c]=null;break}}if(!e){if(w=g.ownerDocument||document,!x)return w.createTextNode(N);e=w.createElementNS(a,x,N.is?N:g),p&&(k.__m&&k.__m(n,i),p=!1),i=null}if(x){if(g=x=="template"&&e.content||e,i=x=="textarea"&&N.defaultValue!=null?null:i&&dn.call(g.childNodes),!p&&i)for(A={},c=0;c<e.attributes.length;c++)A[(P=e.attributes[c]).name]=P.value;for(c in A)P=A[c],c=="dangerouslySetInnerHTML"?f=P:c=="children"||c in N||c=="value"&&"defaultValue"in N||c=="checked"&&"defaultChecked"in N||be(e,c,null,P,a);for(c in N)P=N[c],c=="children"?l=P:c=="dangerouslySetInnerHTML"?y=P:c=="value"?h=P:c=="checked"?b=P:p&&typeof P!="function"||A[c]===P||be(e,c,P,A[c],a);y?(p||f&&(y.__html==f.__html||y.__html==e.innerHTML)||(e.innerHTML=y.__html),n.__k=[]):(f&&(e.textContent=""),(x=="foreignObject"||a=="http://www.w3.org/1998/Math/MathML"&&Ct.test(x))&&(a="http://www.w3.org/1999/xhtml"),un(g,Me(l)?l:[l],n,r,o,a,i,d,i?i[0]:r.__k&&G(r,0),p,u),i&&i.some(X)),p&&x!="textarea"||(c="value",x=="progress"&&h==null?e.removeAttribute(c):h==null||h===e[c]&&(x!="progress"||h)||be(e,c,h,A[c],a),c="checked",b!=null&&b!=e[c]&&be(e,c,b,A[c],a))}else A===N||p&&e.data==N||(e.data=N);return e}function Be(e,n,r,o){try{typeof e=="function"?n?n.__x=e(n)||1:o&&(o=o.__c||o.__e)&&(n=o.__x)&&(o.__x=null,typeof n=="function"?n():e(null)):e.current=n}catch(a){k.__e(a,r)}}function Ue(e,n,r){var o,a,i,d;if(k.unmount&&k.unmount(e),!(o=e.ref)||o.current&&o.current!=e.__e||Be(o,null,n,e),o=e.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(p){k.__e(p,n)}o.__P=o.__n=null}if(o=e.__k)for(d=0;d<o.length;d++)o[d]&&Ue(o[d],n,typeof e.type!="function"||r&&!e.props.__P);!r&&(o=e.__c)&&(o=o.__z)&&(a=ve(o,i=[]))&&(o==e.__e&&i.some(X),X(a),X(o)),r||X(e.__e),e.__e=e.__c=e.__=null}function Lt(e,n,r){return this.constructor(e,r)}function hn(e,n){var r,o,a,i;k.__&&k.__(e,n),n.nodeType==9&&(n=n.documentElement),o=(r=e&&32&e.__u)?null:n.__k,n.__k=Pe(E,{children:[e]}),a=[],i=[],qe(n,n.__k,o||we,we,n.namespaceURI,o?null:n.firstChild?dn.call(n.childNodes):null,a,o?o.__e:n.firstChild,r,i),fn(a,n.__k,i),n.__k.props.children=null}function yn(e){function n(r){var o,a;return this.getChildContext||(o=new Set,(a={})[n.__c]=this,this.getChildContext=function(){return a},this.shouldComponentUpdate=function(i){this.props.value!=i.value&&o.forEach(function(d){d.__g|=4,Fe(d)})},this.sub=function(i){o.add(i);var d=i.componentWillUnmount;i.componentWillUnmount=function(){o.delete(i),d&&d.call(i)}}),r.children}return n.__c="__cC"+ln++,n.__=e,n.Provider=(n.Consumer=function(r,o){return r.children(o)}).contextType=n,n}k={__e:function(e,n,r,o){for(var a,i,d;n=n.__;)if((a=n.__c)&&!(1&a.__g)){a.__g|=4;try{if((d=(i=a.constructor)&&i.getDerivedStateFromError)&&a.setState(i.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,o||{}),d=1),d&&8&a.__g)return void(a.__g|=2)}catch(p){e=p}}throw ke=0,e}},on=0,Nt=function(e){return e!=null&&e.constructor===pe},Ae.prototype.setState=function(e,n){var r=this.__s;r&&r!=this.state||(r=this.__s=ee({},this.state)),typeof e=="function"&&(e=e(ee({},r),this.props)),e&&(ee(r,e),this.__v&&(n&&this.__k.push(n),Fe(this)))},Ae.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Fe(this))},Ae.prototype.render=E,Q=[],ke=0,an=function(e,n){return e.__v.__b-n.__v.__b},_e=Symbol(),sn=/(PointerCapture)$|Capture$/i,Le=0,Oe={},ln=0;var ne,T,je,bn,Ke=Object.is,ue=0,Dn=[],He=[],C=k,_n=C.__b,Pn=C.__r,An=C.diffed,vn=C.__c,kn=C.unmount,wn=C.__;function me(e,n){C.__h&&C.__h(T,e,ue||n),ue=0;var r=T.__H||(T.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function _(e){return ue=1,Mt(En,e)}function Mt(e,n,r){var o=me(ne++,2);if(o.t=e,!o.__c&&(o.__=[r?r(n):En(void 0,n),function(i){var d=(o.__N||o.__)[0],p=o.t(d,i);Ke(d,p)||(o.__N=[p,o.__[1]],o.__c.setState({}))}],o.__c=T,!T.__f)){T.__f=!0;var a=T.shouldComponentUpdate;T.shouldComponentUpdate=function(i,d,p){var u=this.__H;if(!u)return!0;var g=!1,c=this.props!=i;if(u.__.some(function(f){f.__N&&(g=!0,Ke(f.__[0],f.__N[0])||(c=!0))}),a){var y=a.call(this,i,d,p);return g?y||c:y}return!g||c}}return o.__}function L(e,n){var r=me(ne++,3);!C.__s&&Cn(r.__H,n)&&(r.__P=!0,r.__=e,r.u=n,T.__H.__h.push(r))}function te(e){return ue=5,Tn(function(){return{current:e}},[])}function Tn(e,n){var r=me(ne++,7);return Cn(r.__H,n)&&(r.__=e(),r.__H=n),r.__}function Sn(e,n){return ue=8,Tn(function(){return e},n)}function Nn(e){var n=T.context[e.__c],r=me(ne++,9);return r.c=e,n?(r.__==null&&(r.__=!0,n.sub(T)),n.props.value):e.__}function re(){var e=me(ne++,11);if(!e.__){for(var n=T.__v;!n.__m&&n.__;)n=n.__;var r=n.__m||(n.__m=[0,0]);e.__="P"+r[0]+"-"+r[1]++}return e.__}function qt(){var e;do{for(;e=He.shift();)try{ce(e)}catch(r){C.__e(r,{__:(e=e.__P)&&e.__v})}for(;e=Dn.shift();){var n=e.__H;if(e.__P&&n)try{n.__h.some(ce),n.__h.some(Ve),n.__h=[]}catch(r){n.__h=[],C.__e(r,e.__v)}}}while(He.length)}C.__b=function(e){T=null,_n&&_n(e)},C.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),wn&&wn(e,n)},C.__r=function(e){Pn&&Pn(e),ne=0;var n=(T=e.__c).__H;n&&(je==T?T.__h=[]:(n.__h.some(ce),n.__h.some(Ve),ne=0),n.__h=[],n.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),je=T},C.diffed=function(e){An&&An(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&xn(Dn.push(n)),n.__H.__.some(function(r){r.u&&(r.__H=r.u)})),je=T=null},C.__c=function(e,n){n.some(function(r){try{r.__h.some(ce),r.__h=r.__h.filter(function(o){return!o.__||Ve(o)})}catch(o){r.__h=[function(){throw o}]}}),vn&&vn(e,n)},C.unmount=function(e){kn&&kn(e);var n,r,o=e.__c;o&&o.__H&&(o.__H.__.some(function(a){try{if(a.__P&&a.__c){if(r===void 0){for(r=e.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}a.__P=r,xn(He.push(a))}else ce(a)}catch(i){n=i}}),o.__H=void 0,n&&C.__e(n,o.__v))};var In=typeof requestAnimationFrame=="function";function Bt(e){var n,r=function(){clearTimeout(o),In&&cancelAnimationFrame(n),setTimeout(e)},o=setTimeout(r,35);In&&(n=requestAnimationFrame(r))}function xn(e){e!=1&&bn==C.requestAnimationFrame||((bn=C.requestAnimationFrame)||Bt)(qt)}function ce(e){var n=T,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),T=n}function Ve(e){var n=T;e.__c=e.__(),T=n}function Cn(e,n){return!e||e.length!=n.length||n.some(function(r,o){return!Ke(r,e[o])})}function En(e,n){return typeof n=="function"?n(e):n}var $n="pppdesk.admin.lang",We=Ut(),ze=new Set;function Ut(){try{return localStorage.getItem($n)==="en"?"en":"ja"}catch{return"ja"}}function oe(){return We}function Rn(e){We=e;try{localStorage.setItem($n,e)}catch{}document.documentElement.lang=e,ze.forEach(n=>n())}function On(e){return ze.add(e),()=>ze.delete(e)}function xe(e,n){return(r,o)=>{let a=(We==="en"?n[r]:e[r])??String(r);return o?a.replace(/\{(\w+)\}/g,(i,d)=>d in o?String(o[d]):i):a}}var m=xe({appName:"公民連携デスク 管理画面",skipToMain:"本文へ移動",language:"言語",switchLang:"English",signIn:"サインイン",signOut:"サインアウト",signingIn:"サインイン中…",email:"メールアドレス",password:"パスワード",municipality:"自治体（省略可）",municipalityHelp:"複数の自治体を運用しているときだけ、自治体の識別名（例: aomori）を入力します。",signInTitle:"職員サインイン",signedInAs:"{name}（{dept}）",home:"ホーム",mainNav:"メインメニュー",loading:"読み込み中…",retry:"再読み込み",save:"保存",cancel:"キャンセル",ok:"OK",confirm:"確認",close:"閉じる",next:"次へ",prev:"前へ",first:"最初へ",totalCount:"全{n}件",pageInfo:"{from}〜{to}件目 / 全{n}件",empty:"該当するものはありません。",notFound:"お探しのページは見つかりません。",backHome:"ホームへ戻る",required:"必須",yes:"はい",no:"いいえ",proposerOnly:"この管理画面は職員用です。提案者の方は提案用のポータルをご利用ください。",errBadInput:"入力内容を確認してください。",errConflict:"ほかの人が先に変更しました。画面を再読み込みしてからやり直してください。",errForbidden:"この操作を行う権限がありません。",errNotFound:"対象が見つかりません（削除されたか、見る権限がありません）。",errUnauthenticated:"サインインの有効期限が切れました。もう一度サインインしてください。",errRateLimited:"操作が続いたため一時的に受け付けを止めています。少し待ってからやり直してください。",errUnavailable:"サーバーが一時的に応答できません。少し待ってからやり直してください。",errInternal:"サーバーで問題が起きました。時間をおいてやり直し、続く場合はシステム担当へ連絡してください。",errNetwork:"サーバーに接続できません。ネットワークを確認してください。",errField:"項目「{field}」",serverSays:"サーバーからの説明: {msg}",loginFailed:"メールアドレスまたはパスワードが違います。"},{appName:"PPP Desk Admin",skipToMain:"Skip to main content",language:"Language",switchLang:"日本語",signIn:"Sign in",signOut:"Sign out",signingIn:"Signing in…",email:"Email",password:"Password",municipality:"Municipality (optional)",municipalityHelp:"Only when the server runs several municipalities: its identifier (e.g. aomori).",signInTitle:"Staff sign-in",signedInAs:"{name} ({dept})",home:"Home",mainNav:"Main menu",loading:"Loading…",retry:"Reload",save:"Save",cancel:"Cancel",ok:"OK",confirm:"Confirm",close:"Close",next:"Next",prev:"Previous",first:"First page",totalCount:"{n} in total",pageInfo:"{from}–{to} of {n}",empty:"Nothing matches.",notFound:"This page does not exist.",backHome:"Back to home",required:"required",yes:"Yes",no:"No",proposerOnly:"This admin is for staff. Proposers please use the proposal portal.",errBadInput:"Please check your input.",errConflict:"Someone changed this first. Reload the page and try again.",errForbidden:"You may not do this.",errNotFound:"Not found (deleted, or you may not see it).",errUnauthenticated:"Your sign-in has expired. Please sign in again.",errRateLimited:"Too many attempts for now. Wait a little and try again.",errUnavailable:"The server cannot answer right now. Try again shortly.",errInternal:"The server had a problem. Try again later; if it persists, contact the system administrator.",errNetwork:"Cannot reach the server. Check the network.",errField:'Field "{field}"',serverSays:"Server: {msg}",loginFailed:"Wrong email or password."});var Qe="pppdesk.admin.token";function ge(){try{return sessionStorage.getItem(Qe)}catch{return null}}function ie(e){try{e?sessionStorage.setItem(Qe,e):sessionStorage.removeItem(Qe)}catch{}Ge.forEach(n=>n(e!==null))}var Ge=new Set;function Fn(e){return Ge.add(e),()=>Ge.delete(e)}var Ln=new URL("../",location.href),jt=new URL("graphql",Ln),R=class extends Error{constructor(r,o,a){super(o);this.code=r;this.serverMessage=o;this.field=a}code;serverMessage;field;clerkMessage(){let o=[{BAD_USER_INPUT:m("errBadInput"),CONFLICT:m("errConflict"),FORBIDDEN:m("errForbidden"),NOT_FOUND:m("errNotFound"),UNAUTHENTICATED:m("errUnauthenticated"),RATE_LIMITED:m("errRateLimited"),UNAVAILABLE:m("errUnavailable"),INTERNAL:m("errInternal"),NETWORK:m("errNetwork")}[this.code]];return this.field&&o.push(m("errField",{field:this.field})),this.serverMessage&&this.code!=="INTERNAL"&&this.code!=="NETWORK"&&o.push(m("serverSays",{msg:this.serverMessage})),o.join(" ")}};function Mn(e){return e instanceof R?e.clerkMessage():m("errInternal")}var Kt=new Set(["BAD_USER_INPUT","CONFLICT","FORBIDDEN","NOT_FOUND","UNAUTHENTICATED","RATE_LIMITED","UNAVAILABLE","INTERNAL"]);function Ht(e){let n=e.extensions?.code??"INTERNAL";return new R(Kt.has(n)?n:"INTERNAL",e.message,e.extensions?.field)}async function qn(e,n){let r=ge();r&&(n.Authorization=`Bearer ${r}`),n.Accept="application/graphql-response+json, application/json";let o;try{o=await fetch(jt,{...e,headers:n,credentials:"omit",cache:"no-store"})}catch{throw new R("NETWORK","")}let a;try{a=await o.json()}catch{throw new R(o.status>=500?"UNAVAILABLE":"NETWORK",`HTTP ${o.status}`)}if(a.errors&&a.errors.length>0){let i=Ht(a.errors[0]);throw i.code==="UNAUTHENTICATED"&&r&&ie(null),i}if(!a.data)throw new R("INTERNAL",`HTTP ${o.status}`);return a.data}function F(e,n,r={}){let o={"Content-Type":"application/json"};return r.municipality&&(o["X-Municipality"]=r.municipality),qn({method:"POST",body:JSON.stringify({query:e.toString(),variables:n})},o)}function Bn(e,n,r){let o=new FormData;o.append("operations",JSON.stringify({query:e.toString(),variables:n}));let a={};return r.forEach((i,d)=>a[String(d)]=[i.path]),o.append("map",JSON.stringify(a)),r.forEach((i,d)=>o.append(String(d),i.file,i.file.name)),qn({method:"POST",body:o},{"GraphQL-Require-Preflight":"1"})}function Vt(e){return new URL(e.replace(/^\/+/,""),Ln)}async function Un(e,n){let r=ge(),o;try{o=await fetch(Vt(e),{headers:r?{Authorization:`Bearer ${r}`}:{},credentials:"omit"})}catch{throw new R("NETWORK","")}if(o.status===401)throw ie(null),new R("UNAUTHENTICATED","");if(o.status===403)throw new R("FORBIDDEN","");if(o.status===404)throw new R("NOT_FOUND","");if(!o.ok)throw new R(o.status===429?"RATE_LIMITED":"UNAVAILABLE",`HTTP ${o.status}`);let a=URL.createObjectURL(await o.blob()),i=document.createElement("a");i.href=a,i.download=n,document.body.appendChild(i),i.click(),i.remove(),setTimeout(()=>URL.revokeObjectURL(a),1e4)}var $=class extends String{__apiType;value;__meta__;constructor(n,r){super(n),this.value=n,this.__meta__=r}toString(){return this.value}},jn=new $(`
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
    `,{fragmentName:"InboxRow"}),Kn=new $(`
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
    `,{fragmentName:"ProposalPageFields"}),Hn=new $(`
    mutation Logout {
  logout
}
    `),Vn=new $(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
  }
}
    `),zn=new $(`
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
}`),Wn=new $(`
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
}`),Qn=new $(`
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
}`),Gn=new $(`
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
}`),Yn=new $(`
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
    `),Jn=new $(`
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
    `),Zn=new $(`
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
}`),Xn=new $(`
    mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `),et=new $(`
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
}`),nt=new $(`
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
    `),tt=new $(`
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
}`),rt=new $(`
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
}`),ot=new $(`
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
    `);var Wt={"\n  mutation Logout {\n    logout\n  }\n":Hn,"\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n":Vn,"\n  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {\n    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":zn,"\n  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {\n    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Wn,"\n  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {\n    decideProposal(id: $id, decision: $decision, reason: $reason) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Qn,"\n  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {\n    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Gn,"\n  query ProposalAssignDepartments {\n    municipality {\n      departments {\n        id\n        name\n        kind\n        parent {\n          id\n        }\n      }\n    }\n  }\n":Yn,"\n  query ProposalLinkOutcomes {\n    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":Jn,"\n  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {\n    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Zn,"\n  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n":Xn,"\n  fragment InboxRow on Proposal {\n    id\n    title\n    kind\n    status\n    submittedAt\n    unreadMessageCount\n    overdue\n    organization {\n      name\n    }\n    challenge {\n      title\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      respondedAt\n    }\n  }\n":jn,"\n  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxRow\n        }\n      }\n    }\n  }\n":et,"\n  query InboxOptions {\n    municipality {\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n    challenges(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":nt,"\n  fragment ProposalPageFields on Proposal {\n    id\n    kind\n    title\n    viewerActions\n    unreadMessageCount\n    overdue\n    summary\n    body\n    desiredScheme\n    status\n    version\n    submittedAt\n    decidedAt\n    createdAt\n    challenge {\n      id\n      title\n    }\n    organization {\n      name\n    }\n    resources {\n      side\n      kind\n      description\n    }\n    merits {\n      side\n      description\n    }\n    contact {\n      affiliation\n      name\n      email\n      phone\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      opinion\n      feasible\n      respondedAt\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      reason\n      at\n      actor {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      messageId\n      downloadUrl\n      createdAt\n    }\n    project {\n      id\n      title\n    }\n    agreement {\n      id\n      title\n    }\n  }\n":Kn,"\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n":tt,"\n  mutation ProposalMarkRead($id: ID!) {\n    markProposalRead(id: $id) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":rt,"\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n    permissions {\n      resource\n      action\n      scope\n    }\n  }\n":ot};function D(e){return Wt[e]??{}}function B(e,n,r=!1){let o=JSON.stringify(n),[a,i]=_(void 0),[d,p]=_(void 0),[u,g]=_(!r),c=te(0),y=Sn(async()=>{if(r)return;let f=++c.current;g(!0);try{let l=await F(e,JSON.parse(o));f===c.current&&(i(l),p(void 0))}catch(l){f===c.current&&p(l instanceof R?l:new R("INTERNAL",String(l)))}finally{f===c.current&&g(!1)}},[e,o,r]);return L(()=>{y()},[y]),{data:a,error:d,loading:u,reload:y}}function K(e){let[n,r]=_(!1),[o,a]=_(void 0);return{run:async(...d)=>{r(!0),a(void 0);try{return await e(...d)}catch(p){a(p instanceof R?p:new R("INTERNAL",String(p)));return}finally{r(!1)}},busy:n,error:o,clear:()=>a(void 0)}}function it(){let e=location.hash.replace(/^#/,"")||"/",n=e.indexOf("?");return n<0?{path:e,query:new URLSearchParams}:{path:e.slice(0,n),query:new URLSearchParams(e.slice(n+1))}}function at(){let[e,n]=_(it);return L(()=>{let r=()=>n(it());return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),e}function U(e,n){let r=new URLSearchParams;for(let[a,i]of Object.entries(n??{}))i&&r.set(a,i);let o=r.toString();return`#${e}${o?`?${o}`:""}`}function st(e,n){location.hash=U(e,n)}function Qt(e,n){let r=e.split("/").filter(Boolean),o=n.split("/").filter(Boolean);if(r.length!==o.length)return null;let a={};for(let i=0;i<r.length;i++){let d=r[i];if(d.startsWith(":"))a[d.slice(1)]=decodeURIComponent(o[i]);else if(d!==o[i])return null}return a}function lt(e,n){for(let r of e){let o=Qt(r.path,n);if(o)return{route:r,params:o}}return null}var dt=D(`
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
`);function fe(e,n){return n?e.permissions.some(r=>r.resource===n.resource&&r.action===n.action):!0}var Ye=yn(null);function pt(){let e=Nn(Ye);if(!e)throw new Error("useViewer outside a signed-in app");return e}var Gt=Symbol.for("pv"),Yt=0;function t(e,n,r,o,a,i){n||(n={});var d,p,u=n;if("ref"in u&&typeof e!="function")for(p in u={},n)p=="ref"?d=n[p]:u[p]=n[p];var g={type:e,props:u,key:r,ref:d,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Gt,__v:--Yt,__i:-1,__u:0};return(a||i)&&(g.__source=a,g.__self=i),k.vnode&&k.vnode(g),g}function ct(){let e=pt(),n=he.filter(r=>r.nav&&r.path!=="/"&&fe(e,r.permission)).sort((r,o)=>r.nav.order-o.nav.order);return t("section",{children:[t("h1",{children:m("home")}),t("p",{children:[e.municipality.deskName," — ",e.me.displayName]}),t("ul",{class:"tiles",children:n.map(r=>t("li",{children:t("a",{class:"tile",href:U(r.path),children:r.nav.label()})},r.path))})]})}var s=xe({navInbox:"提案の受付",inboxTitle:"提案の受付",inboxCaption:"提案の一覧",attentionTitle:"要対応",attentionHelp:"未読の対話がある提案と、担当課の回答期限を過ぎた提案です。",attentionCaption:"要対応の提案",attentionNone:"要対応の提案はありません。",statusTabs:"状態で絞り込み",all:"すべて",filters:"絞り込み",search:"キーワード（件名・概要・内容）",kind:"種類",challenge:"対象の行政課題",department:"担当課",submittedFrom:"提出日（から）",submittedTo:"提出日（まで）",submittedRange:"提出日",apply:"絞り込む",reset:"条件をクリア",any:"指定しない",onlyAttention:"要対応のみ",colTitle:"件名",colProposer:"提案者",colKind:"種類",colStatus:"状態",colSubmitted:"提出日",colAssigned:"担当課（回答期限）",colFlags:"お知らせ",unread:"未読 {n}件",overdue:"回答期限超過",notSubmitted:"未提出",kindFREE:"自由提案",kindCHALLENGE:"課題提案",statusDRAFT:"下書き",statusSUBMITTED:"提出済み",statusIN_DIALOGUE:"対話・庁内調整中",statusACCEPTED:"採択",statusDECLINED:"不採択",statusWITHDRAWN:"取下げ",back:"提案の一覧へ戻る",notFound:"この提案は見つかりません（削除されたか、見る権限がありません）。",secContent:"提案の内容",summary:"概要",body:"内容",desiredScheme:"希望する連携手法",organization:"提案者",resources:"双方が提供するもの（リソース）",resourcesCaption:"提供リソース（ヒト・モノ・カネ・情報）",side:"提供する側",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",merits:"期待されるメリット",meritFor:"{side}のメリット",contact:"連絡先",affiliation:"所属",contactName:"氏名",phone:"電話番号",email:"メールアドレス",none:"（なし）",dates:"日付",submittedAt:"提出日時",decidedAt:"採否の決定日時",createdAt:"作成日時",secAttachments:"添付ファイル",download:"{name} をダウンロード",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",noAttachments:"添付ファイルはありません。",onMessage:"（対話のメッセージに添付）",attach:"ファイルを添付",attachFile:"添付するファイル",attached:"{name} を添付しました。",secAssignments:"担当課への検討依頼",noAssignments:"担当課への依頼はまだありません。",assignmentsCaption:"担当課への依頼と回答",dueOn:"回答期限",feasible:"実施可否",feasibleYes:"実施可能",feasibleNo:"実施困難",notAnswered:"未回答",answered:"回答済み",opinion:"意見",respondedAt:"回答日時",secDialogue:"対話",dialogueHelp:"提案者とのメッセージは提案者にも見えます。庁内メモは職員（デスク・担当課）だけが見られます。",noMessages:"メッセージはまだありません。",sharedMessage:"提案者とのメッセージ",internalNote:"庁内メモ",internalNoteHint:"提案者には見えません",postKind:"投稿の種類",postBody:"本文",post:"投稿する",posted:"投稿しました。",postedNote:"庁内メモを投稿しました。",secHistory:"履歴",historyCaption:"提案の履歴",colWhen:"日時",colAction:"操作",colChange:"状態の変化",colActor:"行為者",colReason:"理由・内容",actCREATE:"作成",actUPDATE:"更新",actSUBMIT:"提出",actASSIGN:"担当課へ依頼",actRESPOND:"担当課が回答",actDECIDE:"採否の決定",actWITHDRAW:"取下げ",actLINK:"事業・協定の結び付け",actorPROPOSER:"提案者",actorDEPARTMENT:"担当課",actorDESK:"デスク",secActions:"手続き",noActions:"この提案に対して、いまあなたができる手続きはありません。",assignTitle:"担当課に検討を依頼する",assignHelp:"依頼する担当課を選び、回答期限を決めます。",assignDepartments:"依頼する担当課",assignDue:"回答期限（省略可）",assignSubmit:"依頼する",assigned:"担当課に依頼しました。",assignPick:"担当課を1つ以上選んでください。",respondTitle:"検討結果を回答する",respondOpinion:"意見",respondFeasible:"実施可否",respondSubmit:"回答する",responded:"回答しました。",opinionRequired:"意見を入力してください。",decideTitle:"採否を決める",decision:"採否",decideAccept:"採択する",decideDecline:"不採択とする",reason:"理由",reasonHelp:"理由は提案者にも伝わります。",reasonRequired:"理由を入力してください。",decideSubmit:"決定する",decideConfirm:"「{title}」を{decision}。よろしいですか？",decideConfirmTitle:"採否の確認",decided:"採否を決定しました。",linkTitle:"成果の事業・協定を結び付ける",linkHelp:"採択した提案から生まれた連携事業・協定を選ぶか、新しく下書きを作ります。",linkProject:"連携事業",linkAgreement:"連携協定",linkExisting:"既存のものを選ぶ",linkNew:"新しく下書きを作る",linkNone:"結び付けない",linkPick:"選択してください",newKind:"種類",newTitle:"名称（省略時は提案の件名）",linkSubmit:"結び付ける",linked:"結び付けました。",linkNothing:"事業か協定を1つ以上指定してください。",currentProject:"結び付いた連携事業",currentAgreement:"結び付いた連携協定",projPARTNERSHIP:"パートナーシップ事業",projDEMONSTRATION:"実証実験サポート事業",agrBUSINESS:"事業連携協定",agrCOMPREHENSIVE:"包括連携協定",agrMEMORANDUM:"覚書"},{navInbox:"Proposals",inboxTitle:"Proposal inbox",inboxCaption:"Proposals",attentionTitle:"Needs attention",attentionHelp:"Proposals with unread dialogue, and proposals whose department answer is overdue.",attentionCaption:"Proposals needing attention",attentionNone:"Nothing needs attention.",statusTabs:"Filter by status",all:"All",filters:"Filters",search:"Keywords (title, summary, body)",kind:"Kind",challenge:"Challenge answered",department:"Department",submittedFrom:"Submitted from",submittedTo:"Submitted until",submittedRange:"Submission date",apply:"Apply",reset:"Clear filters",any:"Any",onlyAttention:"Needs attention only",colTitle:"Title",colProposer:"Proposer",colKind:"Kind",colStatus:"Status",colSubmitted:"Submitted",colAssigned:"Departments (due)",colFlags:"Alerts",unread:"{n} unread",overdue:"Overdue",notSubmitted:"Not submitted",kindFREE:"Free proposal",kindCHALLENGE:"Challenge proposal",statusDRAFT:"Draft",statusSUBMITTED:"Submitted",statusIN_DIALOGUE:"In dialogue",statusACCEPTED:"Accepted",statusDECLINED:"Declined",statusWITHDRAWN:"Withdrawn",back:"Back to the proposals",notFound:"This proposal was not found (deleted, or you may not see it).",secContent:"Proposal",summary:"Summary",body:"Details",desiredScheme:"Desired scheme",organization:"Proposer",resources:"What each side contributes",resourcesCaption:"Resources (people, goods, money, information)",side:"Side",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",merits:"Expected merits",meritFor:"For the {side}",contact:"Contact",affiliation:"Affiliation",contactName:"Name",phone:"Phone",email:"Email",none:"(none)",dates:"Dates",submittedAt:"Submitted",decidedAt:"Decided",createdAt:"Created",secAttachments:"Attachments",download:"Download {name}",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",noAttachments:"No attachments.",onMessage:"(attached to a message)",attach:"Attach a file",attachFile:"File to attach",attached:"Attached {name}.",secAssignments:"Requests to departments",noAssignments:"No department has been asked yet.",assignmentsCaption:"Requests and answers",dueOn:"Due",feasible:"Feasible",feasibleYes:"Feasible",feasibleNo:"Not feasible",notAnswered:"Not answered",answered:"Answered",opinion:"Opinion",respondedAt:"Answered",secDialogue:"Dialogue",dialogueHelp:"Messages are seen by the proposer. Internal notes are seen by staff (desk and departments) only.",noMessages:"No messages yet.",sharedMessage:"Message to the proposer",internalNote:"Internal note",internalNoteHint:"not shown to the proposer",postKind:"Kind of post",postBody:"Text",post:"Post",posted:"Posted.",postedNote:"Internal note posted.",secHistory:"History",historyCaption:"History of the proposal",colWhen:"When",colAction:"Action",colChange:"Status change",colActor:"By",colReason:"Reason / detail",actCREATE:"Created",actUPDATE:"Updated",actSUBMIT:"Submitted",actASSIGN:"Assigned to departments",actRESPOND:"Department answered",actDECIDE:"Decided",actWITHDRAW:"Withdrawn",actLINK:"Linked to project/agreement",actorPROPOSER:"Proposer",actorDEPARTMENT:"Department",actorDESK:"Desk",secActions:"Actions",noActions:"There is nothing you can do on this proposal now.",assignTitle:"Ask departments to review",assignHelp:"Choose the departments and a due date for their answer.",assignDepartments:"Departments to ask",assignDue:"Due date (optional)",assignSubmit:"Send request",assigned:"The departments were asked.",assignPick:"Choose at least one department.",respondTitle:"Answer the request",respondOpinion:"Opinion",respondFeasible:"Feasible?",respondSubmit:"Send answer",responded:"Answer sent.",opinionRequired:"Please write an opinion.",decideTitle:"Decide",decision:"Decision",decideAccept:"Accept",decideDecline:"Decline",reason:"Reason",reasonHelp:"The proposer sees the reason.",reasonRequired:"Please give a reason.",decideSubmit:"Decide",decideConfirm:'Decide "{title}": {decision}. Continue?',decideConfirmTitle:"Confirm the decision",decided:"Decision recorded.",linkTitle:"Link the resulting project or agreement",linkHelp:"Choose the project or agreement that came from this accepted proposal, or create a draft.",linkProject:"Project",linkAgreement:"Agreement",linkExisting:"Choose an existing one",linkNew:"Create a draft",linkNone:"Do not link",linkPick:"Choose",newKind:"Kind",newTitle:"Title (the proposal's title when empty)",linkSubmit:"Link",linked:"Linked.",linkNothing:"Give a project or an agreement.",currentProject:"Linked project",currentAgreement:"Linked agreement",projPARTNERSHIP:"Partnership project",projDEMONSTRATION:"Supported field trial",agrBUSINESS:"Business agreement",agrCOMPREHENSIVE:"Comprehensive agreement",agrMEMORANDUM:"Memorandum"});var De="Asia/Tokyo",Jt=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:De}),Zt=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}),Xt=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",timeZone:De}),ut=new Intl.DateTimeFormat("ja-JP",{hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:De}),er=new Intl.DateTimeFormat("en-GB",{year:"numeric",month:"short",day:"numeric",timeZone:De});function mt(e){return e.replace(/(\D)1年/,"$1元年")}function Te(e){if(!e)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e);if(!n)return e;let r=new Date(Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3])));return oe()==="en"?e:`${mt(Zt.format(r))}（${e}）`}function H(e){if(!e)return"";let n=new Date(e);if(Number.isNaN(n.getTime()))return e;let r=Xt.format(n);return oe()==="en"?`${er.format(n)} ${ut.format(n)}`:`${mt(Jt.format(n))}（${r}）${ut.format(n)}`}function O({tone:e="neutral",icon:n,children:r,testid:o}){return t("span",{class:`badge badge-${e}`,"data-testid":o,children:[n&&t("span",{"aria-hidden":"true",children:[n," "]}),r]})}function S({error:e,onRetry:n,retryLabel:r}){return e?t("div",{class:"banner banner-error",role:"alert",children:[t("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),t("span",{children:Mn(e)}),n&&t("button",{type:"button",class:"btn btn-small",onClick:n,children:r})]}):null}function Se({children:e}){return e?t("div",{class:"banner banner-notice",role:"status",children:[t("span",{class:"banner-icon","aria-hidden":"true",children:"✓"}),t("span",{children:e})]}):null}function ae({label:e}){return t("p",{class:"loading",role:"status","aria-live":"polite",children:e})}function I({variant:e="secondary",busy:n,disabled:r,children:o,type:a,...i}){return t("button",{...i,type:a??"button",class:`btn btn-${e}`,disabled:r||n,"aria-busy":n?"true":void 0,children:o})}function Je({id:e,label:n,required:r}){return t("label",{for:e,children:[n,r&&t("span",{class:"required",children:[" （",m("required"),"）"]})]})}function Ne(e,n,r){return[n?`${e}-help`:"",r?`${e}-err`:""].filter(Boolean).join(" ")||void 0}function Ce({id:e,help:n,error:r}){return t(E,{children:[n&&t("p",{class:"help",id:`${e}-help`,children:n}),r&&t("p",{class:"field-error",id:`${e}-err`,children:r})]})}function q(e){let n=re();return t("div",{class:"field",children:[t(Je,{id:n,label:e.label,required:e.required}),t("input",{id:n,name:e.name,type:e.type??"text",value:e.value,required:e.required,autocomplete:e.autocomplete,maxLength:e.maxLength,"aria-invalid":e.error?"true":void 0,"aria-describedby":Ne(n,e.help,e.error),"data-testid":e.testid,onInput:r=>e.onInput(r.currentTarget.value)}),t(Ce,{id:n,help:e.help,error:e.error})]})}function ye(e){let n=re();return t("div",{class:"field",children:[t(Je,{id:n,label:e.label,required:e.required}),t("textarea",{id:n,name:e.name,rows:e.rows??4,value:e.value,required:e.required,"aria-invalid":e.error?"true":void 0,"aria-describedby":Ne(n,e.help,e.error),"data-testid":e.testid,onInput:r=>e.onInput(r.currentTarget.value)}),t(Ce,{id:n,help:e.help,error:e.error})]})}function j(e){let n=re();return t("div",{class:"field",children:[t(Je,{id:n,label:e.label,required:e.required}),t("select",{id:n,name:e.name,value:e.value,required:e.required,"aria-invalid":e.error?"true":void 0,"aria-describedby":Ne(n,e.help,e.error),"data-testid":e.testid,onChange:r=>e.onChange(r.currentTarget.value),children:e.options.map(r=>t("option",{value:r.value,children:r.label},r.value))}),t(Ce,{id:n,help:e.help,error:e.error})]})}function gt(e){let n=re();return t("div",{class:"field field-check",children:[t("input",{id:n,type:"checkbox",name:e.name,checked:e.checked,"aria-describedby":Ne(n,e.help,e.error),"data-testid":e.testid,onChange:r=>e.onChange(r.currentTarget.checked)}),t("label",{for:n,children:e.label}),t(Ce,{id:n,help:e.help,error:e.error})]})}function V({legend:e,children:n,class:r}){return t("fieldset",{class:`fieldset ${r??""}`,children:[t("legend",{children:e}),n]})}function Ze(e){let[n,r]=_([]);L(()=>r([]),[e.resetKey]);let o=e.page?.edges??[],a=n.length*e.pageSize+1;return t("div",{class:"table-wrap",children:[t("table",{class:"table","data-testid":e.testid,children:[t("caption",{children:e.caption}),t("thead",{children:t("tr",{children:e.columns.map(i=>t("th",{scope:"col",class:i.class,children:i.header}))})}),t("tbody",{children:[o.length===0&&t("tr",{children:t("td",{colSpan:e.columns.length,children:m("empty")})}),o.map(i=>t("tr",{children:e.columns.map(d=>t("td",{class:d.class,children:d.cell(i.node)}))},e.rowKey(i.node)))]})]}),e.page&&t("nav",{class:"pager","aria-label":e.caption,children:[t("span",{role:"status",children:o.length>0?m("pageInfo",{from:a,to:a+o.length-1,n:e.page.totalCount}):m("totalCount",{n:e.page.totalCount})}),t(I,{disabled:n.length===0,onClick:()=>{let i=n.slice(0,-1);r(i),e.onAfter(n[n.length-1]??null)},children:["← ",m("prev")]}),t(I,{disabled:!e.page.pageInfo.hasNextPage,onClick:()=>{r([...n,e.after]),e.onAfter(e.page?.pageInfo.endCursor??null)},children:[m("next")," →"]})]})]})}function nr(e){return s(`status${e}`)}function se(e){return s(`kind${e}`)}var tr={DRAFT:"neutral",SUBMITTED:"info",IN_DIALOGUE:"warning",ACCEPTED:"success",DECLINED:"danger",WITHDRAWN:"neutral"};function Ee({status:e}){return t(O,{tone:tr[e],testid:"proposal-status",children:nr(e)})}var ft=["SUBMITTED","IN_DIALOGUE","ACCEPTED","DECLINED","WITHDRAWN","DRAFT"];function ht(e){return e<1024?s("bytes",{n:e}):e<1024*1024?s("kb",{n:(e/1024).toFixed(1)}):s("mb",{n:(e/1024/1024).toFixed(1)})}D(`
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
`);var yt=D(`
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
`),rr=D(`
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
`),$e=20,or=["status","kind","challenge","department","from","to","q","attention"];function ir(e){let n={};for(let r of or){let o=e.get(r);o&&(n[r]=o)}return n}function ar(e){let n={};return e.status&&(n.status=e.status),e.kind&&(n.kind=e.kind),e.challenge&&(n.challengeId=e.challenge),e.department&&(n.departmentId=e.department),(e.from||e.to)&&(n.submittedOn={from:e.from||null,to:e.to||null}),e.q&&(n.search=e.q),e.attention&&(n.needsAttention=!0),n}function sr(e){let n=new Map;return e.map(r=>{let o=r.parent?(n.get(r.parent.id)??0)+1:0;return n.set(r.id,o),{value:r.id,label:`${"　".repeat(o)}${r.name}`}})}function bt({query:e}){let n=ir(e),[r,o]=_(n),a=ar(n),i=JSON.stringify(a),[d,p]=_({key:i,after:null}),u=d.key===i?d.after:null,g=h=>p({key:i,after:h}),c=B(yt,{first:$e,after:u,filter:a}),y=B(rr,{}),f=h=>b=>o({...r,[h]:b}),l=h=>{g(null),st("/proposals",h)},P=dr();return t("section",{children:[t("h1",{children:s("inboxTitle")}),!n.attention&&t(lr,{columns:P}),t("h2",{class:"visually-hidden",children:s("inboxCaption")}),t("nav",{"aria-label":s("statusTabs"),class:"tabs",children:t("ul",{children:[t("li",{children:t("a",{href:U("/proposals",{...n,status:void 0}),"aria-current":n.status?void 0:"page",children:s("all")})}),ft.map(h=>t("li",{children:t("a",{href:U("/proposals",{...n,status:h}),"aria-current":n.status===h?"page":void 0,"data-testid":`status-tab-${h}`,children:s(`status${h}`)})},h))]})}),t("form",{class:"filters",role:"search",onSubmit:h=>{h.preventDefault(),l(r)},children:[t(V,{legend:s("filters"),class:"filters-grid",children:[t(q,{label:s("search"),type:"search",value:r.q??"",onInput:f("q"),testid:"filter-search"}),t(j,{label:s("kind"),value:r.kind??"",onChange:f("kind"),options:[{value:"",label:s("any")},...["FREE","CHALLENGE"].map(h=>({value:h,label:se(h)}))]}),t(j,{label:s("challenge"),value:r.challenge??"",onChange:f("challenge"),options:[{value:"",label:s("any")},...y.data?.challenges.edges.map(h=>({value:h.node.id,label:h.node.title}))??[]]}),t(j,{label:s("department"),value:r.department??"",onChange:f("department"),options:[{value:"",label:s("any")},...sr(y.data?.municipality.departments??[])],testid:"filter-department"}),t(q,{label:s("submittedFrom"),type:"date",value:r.from??"",onInput:f("from")}),t(q,{label:s("submittedTo"),type:"date",value:r.to??"",onInput:f("to")}),t(gt,{label:s("onlyAttention"),checked:!!r.attention,onChange:h=>o({...r,attention:h?"1":void 0}),testid:"filter-attention"})]}),t("div",{class:"actions",children:[t(I,{type:"submit",variant:"primary","data-testid":"filter-apply",children:s("apply")}),t(I,{onClick:()=>{o({}),l({})},children:s("reset")})]})]}),t(S,{error:c.error,onRetry:()=>{c.reload()},retryLabel:m("retry")}),c.loading&&!c.data&&t(ae,{label:m("loading")}),c.data&&t(Ze,{caption:s("inboxCaption"),columns:P,page:c.data.proposals,after:u,onAfter:g,resetKey:i,rowKey:h=>h.id,pageSize:$e,testid:"inbox-table"})]})}function lr({columns:e}){let[n,r]=_(null),o=B(yt,{first:$e,after:n,filter:{needsAttention:!0}});return t("section",{class:"attention","aria-labelledby":"attention-title","data-testid":"attention",children:[t("h2",{id:"attention-title",children:s("attentionTitle")}),t("p",{class:"help",children:s("attentionHelp")}),t(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:m("retry")}),o.data&&(o.data.proposals.totalCount===0?t("p",{class:"muted",children:s("attentionNone")}):t(Ze,{caption:s("attentionCaption"),columns:e,page:o.data.proposals,after:n,onAfter:r,resetKey:"attention",rowKey:a=>a.id,pageSize:$e,testid:"attention-table"}))]})}function dr(){return[{header:s("colTitle"),cell:e=>t("a",{href:U(`/proposals/${encodeURIComponent(e.id)}`),"data-testid":"proposal-link",children:e.title})},{header:s("colProposer"),cell:e=>e.organization?.name??""},{header:s("colKind"),cell:e=>e.kind==="CHALLENGE"&&e.challenge?`${se(e.kind)}：${e.challenge.title}`:se(e.kind)},{header:s("colStatus"),cell:e=>t(Ee,{status:e.status})},{header:s("colSubmitted"),cell:e=>e.submittedAt?H(e.submittedAt):s("notSubmitted")},{header:s("colFlags"),cell:e=>t(E,{children:[e.overdue&&t(O,{tone:"danger",icon:"!",children:s("overdue")})," ",e.unreadMessageCount>0&&t(O,{tone:"warning",icon:"●",children:s("unread",{n:e.unreadMessageCount})})]})},{header:s("colAssigned"),cell:e=>t("ul",{class:"plain",children:e.assignments.map(n=>t("li",{children:[n.department.name,n.dueOn&&`（${Te(n.dueOn)}）`,n.respondedAt&&t(O,{tone:"success",children:s("answered")})]},n.department.id))})}]}function _t(e){let n=te(null),r=re(),o=te(null);return L(()=>{let a=n.current;a&&(e.open&&!a.open?(o.current=document.activeElement,a.showModal()):!e.open&&a.open&&(a.close(),o.current instanceof HTMLElement&&o.current.focus()))},[e.open]),t("dialog",{ref:n,class:"dialog","aria-labelledby":r,onCancel:a=>{a.preventDefault(),e.onCancel()},children:[t("h2",{id:r,children:e.title}),t("div",{class:"dialog-body",children:e.children}),t("div",{class:"actions",children:[t(I,{variant:e.danger?"danger":"primary",busy:e.busy,onClick:e.onConfirm,"data-testid":"confirm-ok",children:e.confirmLabel??m("ok")}),t(I,{onClick:e.onCancel,children:m("cancel")})]})]})}function Xe(e){return new Set(e.viewerActions)}var pr=D(`
  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),cr=D(`
  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),ur=D(`
  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
    decideProposal(id: $id, decision: $decision, reason: $reason) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),mr=D(`
  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),gr=D(`
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
`),fr=D(`
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
`);function Pt({p:e,actions:n,notice:r,onChange:o}){let a=["ASSIGN","RESPOND","DECIDE","LINK"].some(i=>n.has(i));return t("div",{class:"panel",children:[t("h2",{id:"actions-title",children:s("secActions")}),t(Se,{children:r}),!a&&t("p",{class:"muted",children:s("noActions")}),n.has("ASSIGN")&&t(hr,{p:e,onChange:o}),n.has("RESPOND")&&t(yr,{p:e,onChange:o}),n.has("DECIDE")&&t(br,{p:e,onChange:o}),n.has("LINK")&&t(_r,{p:e,onChange:o})]})}function hr({p:e,onChange:n}){let r=B(gr,{}),[o,a]=_(new Set),[i,d]=_(""),[p,u]=_(!1),g=K(async()=>{let l=await F(pr,{id:e.id,departmentIds:[...o],dueOn:i||null});a(new Set),n(l.assignProposal.proposal,s("assigned"))}),c=new Set(e.assignments.map(l=>l.department.id)),y=new Map,f=(r.data?.municipality.departments??[]).map(l=>{let P=l.parent?(y.get(l.parent.id)??0)+1:0;return y.set(l.id,P),{...l,depth:Math.min(P,3)}});return t("section",{class:"action","aria-labelledby":"assign-title","data-testid":"assign-form",children:[t("h3",{id:"assign-title",children:s("assignTitle")}),t("p",{class:"help",children:s("assignHelp")}),t("form",{onSubmit:l=>{if(l.preventDefault(),o.size===0){u(!0);return}u(!1),g.run()},children:[t(V,{legend:s("assignDepartments"),class:"tree",children:[t(S,{error:r.error}),t("ul",{class:"plain",children:f.map(l=>t("li",{class:`depth-${l.depth}`,children:t("label",{class:"check",children:[t("input",{type:"checkbox",checked:c.has(l.id)||o.has(l.id),disabled:c.has(l.id),onChange:P=>{let h=new Set(o);P.currentTarget.checked?h.add(l.id):h.delete(l.id),a(h)}})," ",l.name]})},l.id))}),p&&t("p",{class:"field-error",role:"alert",children:s("assignPick")})]}),t(q,{label:s("assignDue"),type:"date",value:i,onInput:d,testid:"assign-due"}),t(S,{error:g.error}),t(I,{type:"submit",variant:"primary",busy:g.busy,"data-testid":"assign-submit",children:s("assignSubmit")})]})]})}function yr({p:e,onChange:n}){let[r,o]=_(""),[a,i]=_(""),[d,p]=_(!1),u=K(async()=>{let g=await F(cr,{id:e.id,opinion:r,feasible:a==="yes"});n(g.respondToAssignment.proposal,s("responded"))});return t("section",{class:"action","aria-labelledby":"respond-title","data-testid":"respond-form",children:[t("h3",{id:"respond-title",children:s("respondTitle")}),t("form",{onSubmit:g=>{g.preventDefault(),p(!0),!(!r.trim()||!a)&&u.run()},children:[t(V,{legend:s("respondFeasible"),class:"radios",children:[t("label",{class:"radio",children:[t("input",{type:"radio",name:"feasible",value:"yes",checked:a==="yes",onChange:()=>i("yes"),"data-testid":"respond-feasible-yes"})," ",s("feasibleYes")]}),t("label",{class:"radio",children:[t("input",{type:"radio",name:"feasible",value:"no",checked:a==="no",onChange:()=>i("no"),"data-testid":"respond-feasible-no"})," ",s("feasibleNo")]}),d&&!a&&t("p",{class:"field-error",children:s("respondFeasible")})]}),t(ye,{label:s("respondOpinion"),required:!0,value:r,onInput:o,error:d&&!r.trim()?s("opinionRequired"):void 0,testid:"respond-opinion"}),t(S,{error:u.error}),t(I,{type:"submit",variant:"primary",busy:u.busy,"data-testid":"respond-submit",children:s("respondSubmit")})]})]})}function br({p:e,onChange:n}){let[r,o]=_(""),[a,i]=_(""),[d,p]=_(!1),[u,g]=_(!1),c=K(async()=>{if(!r)return;let f=await F(ur,{id:e.id,decision:r,reason:a});g(!1),n(f.decideProposal.proposal,s("decided"))}),y=r==="ACCEPTED"?s("decideAccept"):s("decideDecline");return t("section",{class:"action","aria-labelledby":"decide-title","data-testid":"decide-form",children:[t("h3",{id:"decide-title",children:s("decideTitle")}),t("form",{onSubmit:f=>{f.preventDefault(),p(!0),!(!r||!a.trim())&&g(!0)},children:[t(V,{legend:s("decision"),class:"radios",children:[t("label",{class:"radio",children:[t("input",{type:"radio",name:"decision",value:"ACCEPTED",checked:r==="ACCEPTED",onChange:()=>o("ACCEPTED"),"data-testid":"decide-accept"})," ",s("decideAccept")]}),t("label",{class:"radio",children:[t("input",{type:"radio",name:"decision",value:"DECLINED",checked:r==="DECLINED",onChange:()=>o("DECLINED"),"data-testid":"decide-decline"})," ",s("decideDecline")]}),d&&!r&&t("p",{class:"field-error",children:s("decision")})]}),t(ye,{label:s("reason"),help:s("reasonHelp"),required:!0,value:a,onInput:i,error:d&&!a.trim()?s("reasonRequired"):void 0,testid:"decide-reason"}),t(S,{error:c.error}),t(I,{type:"submit",variant:"primary","data-testid":"decide-submit",children:s("decideSubmit")})]}),t(_t,{open:u,title:s("decideConfirmTitle"),confirmLabel:y,danger:r==="DECLINED",busy:c.busy,onConfirm:()=>{c.run()},onCancel:()=>g(!1),children:[t("p",{children:s("decideConfirm",{title:e.title,decision:y})}),t("p",{class:"prewrap",children:[s("reason"),"：",a]}),t(S,{error:c.error})]})]})}function _r({p:e,onChange:n}){let r=B(fr,{}),[o,a]=_(""),[i,d]=_(""),[p,u]=_(""),[g,c]=_(""),[y,f]=_("PARTNERSHIP"),[l,P]=_("BUSINESS"),[h,b]=_(""),[w,A]=_(""),[N,x]=_(!1),Y=K(async()=>{let v=await F(mr,{id:e.id,projectId:o==="existing"&&p?p:null,agreementId:i==="existing"&&g?g:null,newProject:o==="new"?{kind:y,title:h.trim()||null}:null,newAgreement:i==="new"?{kind:l,title:w.trim()||null}:null});a(""),d(""),n(v.linkProposalOutcome.proposal,s("linked")),r.reload()}),le=[{value:"",label:s("linkNone")},{value:"existing",label:s("linkExisting")},{value:"new",label:s("linkNew")}],J={value:"",label:s("linkPick")};return t("section",{class:"action","aria-labelledby":"link-title","data-testid":"link-form",children:[t("h3",{id:"link-title",children:s("linkTitle")}),t("p",{class:"help",children:s("linkHelp")}),t(S,{error:r.error}),t("form",{onSubmit:v=>{v.preventDefault();let de=o==="existing"&&p||o==="new"||i==="existing"&&g||i==="new";x(!de),de&&Y.run()},children:[t(V,{legend:s("linkProject"),children:[t(j,{label:s("linkProject"),value:o,onChange:v=>a(v),options:le,testid:"link-project-mode"}),o==="existing"&&t(j,{label:s("linkPick"),value:p,onChange:u,options:[J,...r.data?.projects.edges.map(v=>({value:v.node.id,label:v.node.title}))??[]],testid:"link-project"}),o==="new"&&t(E,{children:[t(j,{label:s("newKind"),value:y,onChange:v=>f(v),options:["PARTNERSHIP","DEMONSTRATION"].map(v=>({value:v,label:s(`proj${v}`)}))}),t(q,{label:s("newTitle"),value:h,onInput:b})]})]}),t(V,{legend:s("linkAgreement"),children:[t(j,{label:s("linkAgreement"),value:i,onChange:v=>d(v),options:le,testid:"link-agreement-mode"}),i==="existing"&&t(j,{label:s("linkPick"),value:g,onChange:c,options:[J,...r.data?.agreements.edges.map(v=>({value:v.node.id,label:v.node.title}))??[]],testid:"link-agreement"}),i==="new"&&t(E,{children:[t(j,{label:s("newKind"),value:l,onChange:v=>P(v),options:["BUSINESS","COMPREHENSIVE","MEMORANDUM"].map(v=>({value:v,label:s(`agr${v}`)}))}),t(q,{label:s("newTitle"),value:w,onInput:A})]})]}),N&&t("p",{class:"field-error",role:"alert",children:s("linkNothing")}),t(S,{error:Y.error}),t(I,{type:"submit",variant:"primary",busy:Y.busy,"data-testid":"link-submit",children:s("linkSubmit")})]})]})}var Pr=D(`
  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Ar=D(`
  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`);function At({p:e,actions:n,onChange:r,onReload:o}){let a=n.has("MESSAGE"),i=n.has("INTERNAL_NOTE"),[d,p]=_(!a&&i),[u,g]=_(""),[c,y]=_(""),f=K(async()=>{let b=await F(Pr,{proposalId:e.id,body:u,internal:d});g(""),y(d?s("postedNote"):s("posted")),r(b.postProposalMessage.proposal)}),[l,P]=_(null),h=K(async b=>{if(!l)return;let w=await Bn(Ar,{proposalId:e.id,file:null},[{path:"variables.file",file:l}]);P(null),b.reset(),y(s("attached",{name:w.attachFile.fileName})),await o()});return t("section",{"aria-labelledby":"sec-dialogue",children:[t("h2",{id:"sec-dialogue",children:s("secDialogue")}),t("p",{class:"help",children:s("dialogueHelp")}),e.messages.length===0?t("p",{class:"muted",children:s("noMessages")}):t("ol",{class:"messages","data-testid":"messages",children:e.messages.map(b=>t("li",{class:b.internal?"msg msg-internal":"msg msg-shared","data-testid":b.internal?"internal-note":"shared-message",children:[t("div",{class:"msg-head",children:[b.internal?t(O,{tone:"internal",icon:"✎",children:[s("internalNote"),"（",s("internalNoteHint"),"）"]}):t(O,{tone:"info",icon:"✉",children:s("sharedMessage")}),t("span",{class:"msg-author",children:en(b.author)}),t("time",{class:"muted",dateTime:b.createdAt,children:H(b.createdAt)})]}),t("p",{class:"prewrap",children:b.body})]},b.id))}),t(Se,{children:c}),(a||i)&&t("form",{class:"post-form",onSubmit:b=>{b.preventDefault(),y(""),f.run()},children:[a&&i&&t(V,{legend:s("postKind"),class:"radios",children:[t("label",{class:"radio",children:[t("input",{type:"radio",name:"post-kind",checked:!d,onChange:()=>p(!1),"data-testid":"post-shared"}),t("span",{"aria-hidden":"true",children:"✉ "}),s("sharedMessage")]}),t("label",{class:"radio radio-internal",children:[t("input",{type:"radio",name:"post-kind",checked:d,onChange:()=>p(!0),"data-testid":"post-internal"}),t("span",{"aria-hidden":"true",children:"✎ "}),s("internalNote"),"（",s("internalNoteHint"),"）"]})]}),t(ye,{label:d?`${s("postBody")}（${s("internalNote")}）`:`${s("postBody")}（${s("sharedMessage")}）`,required:!0,value:u,onInput:g,rows:4,testid:"post-body"}),t(S,{error:f.error}),t(I,{type:"submit",variant:"primary",busy:f.busy,disabled:!u.trim(),"data-testid":"post-submit",children:s("post")})]}),n.has("ATTACH")&&t("form",{class:"attach-form",onSubmit:b=>{b.preventDefault(),y(""),h.run(b.currentTarget)},children:[t("div",{class:"field",children:[t("label",{for:"attach-file",children:s("attachFile")}),t("input",{id:"attach-file",type:"file","data-testid":"attach-file",onChange:b=>P(b.currentTarget.files?.[0]??null)})]}),t(S,{error:h.error}),t(I,{type:"submit",busy:h.busy,disabled:!l,children:s("attach")})]})]})}D(`
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
`);var vr=D(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalPageFields
    }
  }
`),kr=D(`
  mutation ProposalMarkRead($id: ID!) {
    markProposalRead(id: $id) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),vt=["CITY","PARTNER"],kt=["PEOPLE","GOODS","MONEY","INFORMATION"],wr=new Set(["CREATE","UPDATE","SUBMIT","ASSIGN","RESPOND","DECIDE","WITHDRAW","LINK"]);function en(e){if(!e)return"";let n=s(`actor${e.kind}`),r=[e.department?.name,e.displayName].filter(Boolean).join(" ");return r?`${n}：${r}`:n}function wt({params:e}){let n=e.id,r=B(vr,{id:n}),[o,a]=_(null),i=o??r.data?.proposal??null,[d,p]=_(""),u=(f,l)=>{a(f),p(l??"")},g=async()=>{a(null),await r.reload()},c=te(!1),y=r.data?.proposal;return L(()=>{!y||c.current||y.unreadMessageCount===0||!y.viewerActions.includes("MARK_READ")||(c.current=!0,F(kr,{id:y.id}).then(f=>a(f.markProposalRead.proposal)).catch(()=>{}))},[y]),t("article",{class:"proposal",children:[t("p",{children:t("a",{href:U("/proposals"),children:["← ",s("back")]})}),t(S,{error:r.error,onRetry:()=>{r.reload()},retryLabel:m("retry")}),r.loading&&!i&&t(ae,{label:m("loading")}),r.data&&!i&&t("p",{class:"banner banner-error",role:"alert",children:s("notFound")}),i&&t(E,{children:[t("header",{class:"proposal-head",children:[t("h1",{"data-testid":"proposal-title",children:i.title}),t("p",{class:"meta",children:[t(Ee,{status:i.status})," ",t(O,{children:se(i.kind)}),i.overdue&&t(O,{tone:"danger",icon:"!",testid:"overdue",children:s("overdue")}),i.unreadMessageCount>0&&t(O,{tone:"warning",icon:"●",testid:"unread",children:s("unread",{n:i.unreadMessageCount})}),i.challenge&&t("span",{children:[" ",i.challenge.title]})]}),t("dl",{class:"facts",children:[t("div",{children:[t("dt",{children:s("organization")}),t("dd",{children:i.organization?.name??s("none")})]}),t("div",{children:[t("dt",{children:s("submittedAt")}),t("dd",{children:i.submittedAt?H(i.submittedAt):s("notSubmitted")})]}),i.decidedAt&&t("div",{children:[t("dt",{children:s("decidedAt")}),t("dd",{children:H(i.decidedAt)})]}),i.project&&t("div",{children:[t("dt",{children:s("currentProject")}),t("dd",{"data-testid":"linked-project",children:i.project.title})]}),i.agreement&&t("div",{children:[t("dt",{children:s("currentAgreement")}),t("dd",{"data-testid":"linked-agreement",children:i.agreement.title})]})]})]}),t("div",{class:"proposal-grid",children:[t("div",{class:"proposal-main",children:[t(Ir,{p:i}),t(xr,{p:i}),t(Dr,{p:i}),t(At,{p:i,actions:Xe(i),onChange:u,onReload:g}),t(Tr,{p:i})]}),t("aside",{class:"proposal-side","aria-labelledby":"actions-title",children:t(Pt,{p:i,actions:Xe(i),notice:d,onChange:u})})]})]})]})}function nn({text:e}){return e.trim()?t(E,{children:e.split(/\n{2,}/).map((n,r)=>t("p",{class:"prewrap",children:n},r))}):t("p",{class:"muted",children:s("none")})}function Ir({p:e}){return t("section",{"aria-labelledby":"sec-content",children:[t("h2",{id:"sec-content",children:s("secContent")}),t("h3",{children:s("summary")}),t(nn,{text:e.summary}),t("h3",{children:s("body")}),t(nn,{text:e.body}),t("h3",{children:s("desiredScheme")}),t(nn,{text:e.desiredScheme}),t("h3",{children:s("resources")}),t("div",{class:"table-wrap",children:t("table",{class:"table matrix","data-testid":"resources-matrix",children:[t("caption",{class:"visually-hidden",children:s("resourcesCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:s("side")}),kt.map(n=>t("th",{scope:"col",children:s(`res${n}`)},n))]})}),t("tbody",{children:vt.map(n=>t("tr",{children:[t("th",{scope:"row",children:s(`side${n}`)}),kt.map(r=>{let o=e.resources.filter(a=>a.side===n&&a.kind===r);return t("td",{children:o.length===0?t("span",{class:"muted",children:"—"}):t("ul",{class:"plain",children:o.map((a,i)=>t("li",{children:a.description},i))})},r)})]},n))})]})}),t("h3",{children:s("merits")}),t("div",{class:"merits",children:vt.map(n=>{let r=e.merits.filter(o=>o.side===n);return t("div",{children:[t("h4",{children:s("meritFor",{side:s(`side${n}`)})}),r.length===0?t("p",{class:"muted",children:s("none")}):t("ul",{children:r.map((o,a)=>t("li",{children:o.description},a))})]},n)})}),e.contact&&t(E,{children:[t("h3",{children:s("contact")}),t("dl",{class:"facts",children:[t("div",{children:[t("dt",{children:s("affiliation")}),t("dd",{children:e.contact.affiliation})]}),t("div",{children:[t("dt",{children:s("contactName")}),t("dd",{children:e.contact.name})]}),t("div",{children:[t("dt",{children:s("email")}),t("dd",{children:e.contact.email})]}),t("div",{children:[t("dt",{children:s("phone")}),t("dd",{children:e.contact.phone})]})]})]})]})}function xr({p:e}){let[n,r]=_(null);return t("section",{"aria-labelledby":"sec-attachments",children:[t("h2",{id:"sec-attachments",children:s("secAttachments")}),t(S,{error:n}),e.attachments.length===0?t("p",{class:"muted",children:s("noAttachments")}):t("ul",{class:"files","data-testid":"attachments",children:e.attachments.map(o=>t("li",{children:[t(I,{variant:"link","aria-label":s("download",{name:o.fileName}),onClick:()=>{r(null),Un(o.downloadUrl,o.fileName).catch(r)},children:[t("span",{"aria-hidden":"true",children:"↓ "}),o.fileName]})," ",t("span",{class:"muted",children:[ht(o.size)," ・ ",H(o.createdAt),o.messageId&&` ${s("onMessage")}`]})]},o.id))})]})}function Dr({p:e}){return t("section",{"aria-labelledby":"sec-assignments",children:[t("h2",{id:"sec-assignments",children:s("secAssignments")}),e.assignments.length===0?t("p",{class:"muted",children:s("noAssignments")}):t("div",{class:"table-wrap",children:t("table",{class:"table","data-testid":"assignments",children:[t("caption",{class:"visually-hidden",children:s("assignmentsCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:s("department")}),t("th",{scope:"col",children:s("dueOn")}),t("th",{scope:"col",children:s("feasible")}),t("th",{scope:"col",children:s("opinion")}),t("th",{scope:"col",children:s("respondedAt")})]})}),t("tbody",{children:e.assignments.map(n=>t("tr",{children:[t("th",{scope:"row",children:n.department.name}),t("td",{children:n.dueOn?Te(n.dueOn):"—"}),t("td",{children:n.feasible==null?t(O,{children:s("notAnswered")}):n.feasible?t(O,{tone:"success",icon:"○",children:s("feasibleYes")}):t(O,{tone:"danger",icon:"×",children:s("feasibleNo")})}),t("td",{class:"prewrap",children:n.opinion??""}),t("td",{children:n.respondedAt?H(n.respondedAt):"—"})]},n.department.id))})]})})]})}function Tr({p:e}){return t("section",{"aria-labelledby":"sec-history",children:[t("h2",{id:"sec-history",children:s("secHistory")}),t("div",{class:"table-wrap",children:t("table",{class:"table","data-testid":"history",children:[t("caption",{class:"visually-hidden",children:s("historyCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:s("colWhen")}),t("th",{scope:"col",children:s("colAction")}),t("th",{scope:"col",children:s("colChange")}),t("th",{scope:"col",children:s("colActor")}),t("th",{scope:"col",children:s("colReason")})]})}),t("tbody",{children:e.history.map((n,r)=>t("tr",{children:[t("td",{children:H(n.at)}),t("td",{children:wr.has(n.action)?s(`act${n.action}`):n.action}),t("td",{children:n.from||n.to?`${n.from?s(`status${n.from}`):""} → ${n.to?s(`status${n.to}`):""}`:""}),t("td",{children:en(n.actor)}),t("td",{class:"prewrap",children:n.reason})]},r))})]})})]})}var It=[{path:"/proposals",component:bt,nav:{label:()=>s("navInbox"),order:100},permission:{resource:"proposal",action:"read"}},{path:"/proposals/:id",component:wt,permission:{resource:"proposal",action:"read"}}];var xt=[];var Dt=[];var he=[{path:"/",component:ct,nav:{label:()=>m("home"),order:0}},...It,...xt,...Dt];function Tt(e){let n=e.viewer.me;return t(E,{children:[t("a",{class:"skip",href:"#main",onClick:r=>{r.preventDefault(),document.getElementById("main")?.focus()},children:m("skipToMain")}),t("header",{class:"header",children:[t("div",{class:"brand",children:[t("span",{class:"brand-muni",children:e.viewer.municipality.name})," ",m("appName")]}),t("div",{class:"header-tools",children:[t("span",{class:"who","data-testid":"who",children:m("signedInAs",{name:n.displayName,dept:n.department?.name??n.role})}),t(tn,{}),t(I,{onClick:e.onSignOut,busy:e.signingOut,"data-testid":"sign-out",children:m("signOut")})]})]}),t("div",{class:"frame",children:[t("nav",{class:"nav","aria-label":m("mainNav"),children:t("ul",{children:e.nav.map(r=>{let o=e.current===r.path||r.path!=="/"&&e.current.startsWith(`${r.path}/`);return t("li",{children:t("a",{href:U(r.path),"aria-current":o?"page":void 0,children:r.label})},r.path)})})}),t("main",{id:"main",class:"main",tabIndex:-1,children:e.children})]})]})}function tn(){let e=oe()==="ja"?"en":"ja";return t("button",{type:"button",class:"btn btn-link",lang:e,"aria-label":`${m("language")}: ${m("switchLang")}`,onClick:()=>Rn(e),"data-testid":"lang-toggle",children:m("switchLang")})}var Sr=D(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);function St({notice:e}){let[n,r]=_(""),[o,a]=_(""),[i,d]=_(""),p=K(async()=>{let u=await F(Sr,{email:n,password:o},{municipality:i.trim()||void 0});ie(u.login.token)});return t("div",{class:"login",children:[t("div",{class:"login-lang",children:t(tn,{})}),t("main",{id:"main",class:"login-box",children:[t("h1",{children:m("appName")}),t("h2",{children:m("signInTitle")}),e&&t("p",{class:"banner banner-notice",role:"status",children:e}),p.error?.code==="UNAUTHENTICATED"?t("p",{class:"banner banner-error",role:"alert","data-testid":"login-error",children:m("loginFailed")}):t(S,{error:p.error}),t("form",{onSubmit:u=>{u.preventDefault(),p.run()},children:[t(q,{label:m("email"),type:"email",autocomplete:"username",required:!0,value:n,onInput:r,testid:"login-email"}),t(q,{label:m("password"),type:"password",autocomplete:"current-password",required:!0,value:o,onInput:a,testid:"login-password"}),t(q,{label:m("municipality"),help:m("municipalityHelp"),value:i,onInput:d,autocomplete:"off",testid:"login-municipality"}),t(I,{type:"submit",variant:"primary",busy:p.busy,"data-testid":"login-submit",children:p.busy?m("signingIn"):m("signIn")})]})]})]})}var Nr=D(`
  mutation Logout {
    logout
  }
`);async function Cr(){try{await F(Nr,{})}finally{ie(null)}}function Er(){let[,e]=_(0),[n,r]=_(ge()!==null),[o,a]=_(!1);return L(()=>On(()=>e(i=>i+1)),[]),L(()=>Fn(i=>{a(!i&&n),r(i)}),[n]),n?t($r,{}):t(St,{notice:o?m("errUnauthenticated"):void 0})}function $r(){let e=B(dt,{}),[n,r]=_(!1),o=at(),a=()=>{r(!0),Cr().catch(()=>{})};if(e.error)return t("main",{id:"main",class:"login-box",children:[t(S,{error:e.error,onRetry:()=>{e.reload()},retryLabel:m("retry")}),t(I,{onClick:a,children:m("signOut")})]});if(!e.data)return t(ae,{label:m("loading")});let i=e.data.me;if(!i||i.role==="PROPOSER")return t("main",{id:"main",class:"login-box",children:[t("p",{class:"banner banner-error",role:"alert",children:m("proposerOnly")}),t(I,{onClick:a,children:m("signOut")})]});let d={me:i,municipality:e.data.municipality,permissions:e.data.permissions},p=he.filter(c=>c.nav&&fe(d,c.permission)).sort((c,y)=>c.nav.order-y.nav.order).map(c=>({path:c.path,label:c.nav.label()})),u=lt(he,o.path),g;if(!u||!fe(d,u.route.permission))g=t("section",{children:[t("h1",{children:m("notFound")}),t("p",{children:t("a",{href:"#/",children:m("backHome")})})]});else{let c=u.route.component;g=t(c,{params:u.params,query:o.query},o.path)}return t(Ye.Provider,{value:d,children:t(Tt,{viewer:d,nav:p,current:o.path,onSignOut:a,signingOut:n,children:g})})}document.documentElement.lang=oe();hn(t(Er,{}),document.getElementById("app"));
