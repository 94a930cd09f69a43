var w,tn,Dt,Y,Ee,we,rn,Pe,on,Re,$e,an,de=Symbol.for("pv"),Ie={},xe=[],Tt=/^m(i|n|o|s|text|space)$/,Oe=Array.isArray,sn=xe.slice,X=Object.assign;function Z(e){e&&e.parentNode&&e.remove()}function Ae(e,n,r,o,a){var i={type:e,props:n,key:r,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:de,__v:a||++tn,__i:-1,__u:0};return!a&&w.vnode&&w.vnode(i),i}function C(e){return e.children}function ve(e,n){this.props=e,this.context=n,this.__g=0}function J(e,n){if(n==null)return e.__&&J(e.__,e.__i+1);for(var r;n<e.__k.length;n++)if((r=e.__k[n])&&r.__e)return r.__e;return typeof e.type!="function"||e.props.__P?null:J(e)}function St(e){var n,r=e.__v,o=r.__e,a=[],i=[],d=e.__P;d&&((n=X({constructor:de},r)).__v=r.__v+1,w.vnode&&w.vnode(n),Le(d,n,r,e.__n,d.namespaceURI,32&r.__u?[o]:null,a,o||J(r),32&r.__u,i),n.__v=r.__v,n.__.__k[n.__i]=n,mn(a,n,i),r.__=r.__e=null,n.__e!=o&&ln(n))}function ln(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(n){return n&&(e.__e=n.__e)}),ln(e)}function Ce(e){(8&e.__g||(e.__g|=8,Y.push(e),we++))&&Ee==w.debounceRendering||((Ee=w.debounceRendering)||queueMicrotask)(dn)}function dn(){try{for(var e,n=1;Y.length;)Y.length>n&&Y.sort(rn),e=Y.shift(),n=Y.length,8&e.__g&&St(e)}finally{(we=Y.length)&&(Ee||queueMicrotask)(dn)}}function pn(e,n,r,o,a,i,d,p,u,h,c){var b,_,l,y,P,g,v=o.__k||xe,A=n.length;for(u=Nt(r,n,v,u,A),b=0;b<A;b++)(l=r.__k[b])!=null&&(_=~l.__i&&v[l.__i]||Ie,l.__i=b,g=Le(e,l,_,a,i,d,p,u,h,c),y=l.__e,(_.ref!=l.ref||8&_.__u)&&(_.ref&&Fe(_.ref,null,l,_),l.ref&&c.push(l.ref,l.__c||y,l)),P=P||y,4&l.__u?(u=cn(l,u,e,!_.__v),_.__e&&(_.__e=null)):typeof l.type=="function"&&g!==void 0?u=g:y&&(u=y.nextSibling),l.__u&=-21);return r.__e=P,u}function Nt(e,n,r,o,a){var i,d,p,u,h,c,b,_,l,y=r.length,P=y,g=0,v=0,A=e.__k=Array(a);for(i=0;i<a;i++)(d=n[i])!=null&&typeof d!="boolean"&&typeof d!="function"?(typeof d!="object"||d.constructor===String?d=A[i]=Ae(null,d):Oe(d)?d=A[i]=Ae(C,{children:d}):d.constructor===de&&d.__b?d=A[i]=Ae(d.type,d.props,d.key,d.ref,d.__v):A[i]=d,u=i+g,d.__=e,d.__b=e.__b+1,p=null,~(h=d.__i=Et(d,r,u,P))&&(P--,(p=r[h])&&(p.__u|=2)),p&&p.__v?(d.__u|=16,h==u-1?g--:h==u+1?g++:h!=u&&(h>u?g--:g++,v=1)):(~h||(a>y?g--:a<y&&g++),typeof d.type!="function"&&(d.__u|=4))):A[i]=null;if(v){for(c=[],b=[],i=0;i<a;i++)if((d=A[i])&&16&d.__u){for(g=0,_=c.length;g<_;)c[l=g+_>>1]<d.__i?g=l+1:_=l;c[g]=d.__i,b[i]=g+1}for(g=c.length;i--;)b[i]&&(b[i]==g?g--:A[i].__u|=4)}if(P)for(i=0;i<y;i++)!(p=r[i])||2&p.__u||(p.__e==o&&(o=J(p)),Me(p,p));return o}function cn(e,n,r,o){var a,i,d,p;if(typeof e.type=="function"){if(e.props.__P)return n;if(a=e.__k)for(i=0;i<a.length;i++)a[i]&&(a[i].__=e,n=cn(a[i],n,r,!1));return n}for(n&&!n.parentNode&&(n=J(e))&&!n.parentNode&&(n=null),d=e.__e,p=n;p&&p.nodeType==8;)p=p.nextSibling;for(d!=p&&(!o&&r.moveBefore&&d.parentNode?r.moveBefore(d,n):r.insertBefore(d,n||null)),n=d;(n=n&&n.nextSibling)&&n.nodeType==8&&!n.data.startsWith("$s"););return n}function Et(e,n,r,o){var a,i=e.key,d=e.type,p=n[r],u=p&&!(2&p.__u);if(p===null&&i==null||u&&i==p.key&&d==p.type)return r;if(o>(u?1:0)){for(a=r-1;a>=0;a--)if((p=n[a])&&!(2&p.__u)&&i==p.key&&d==p.type)return a;for(a=r+1;a<n.length;a++)if((p=n[a])&&!(2&p.__u)&&i==p.key&&d==p.type)return a}return-1}function nn(e,n,r){r==null&&(r=""),n[0]=="-"?e.setProperty(n,r):e[n]=r}function _e(e,n,r,o,a){var i,d;if(n=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(n in o)r&&n in r||nn(e.style,n);if(r)for(n in r)o&&r[n]==o[n]||nn(e.style,n,r[n])}else if(n[0]=="o"&&n[1]=="n")typeof r!="function"&&(r=null),typeof o!="function"&&(o=null),(e.__e||(e.__e={}))[n]=r,r&&o||(d=$e[n]||($e[n]=$t(n)),(e.__a||(e.__a={}))[n]=Re,i=n!=(n=n.replace(on,"$1")),(n=n.slice(2))[0]<"a"&&(n=n.toLowerCase()),r?e.addEventListener(n,d,i):e.removeEventListener(n,d,i));else{if(a=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{return void(e[n]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&r==1?"":r)}}function $t(e){return function(n){var r=this.__e;if(r){if(r=r[e],n[Pe]==null)n[Pe]=Re++;else if(n[Pe]<this.__a[e])return;return r(w.event?w.event(n):n)}}}function Le(e,n,r,o,a,i,d,p,u,h){var c,b,_,l,y,P,g,v,A,S,x,se,be,G,j,le,k,K,Q=n.type;if(n.constructor!==de)return null;128&r.__u&&(u=32&r.__u,c=r.__c.__z)&&(n.__u|=u,b=i=[],c.nodeType==8?p=ke(c,i):i.push(c),p=i[0]||p),(c=w.__b)&&c(n);e:if(typeof Q=="function"){_=d.length;try{if(v=n.props,A=(c=Q.prototype)&&c.render,S=(c=Q.contextType)&&o[c.__c],x=c?S?S.props.value:c.__:o,(l=r.__c)?(n.__c=l,2&l.__g&&(l.__g|=1)):(A?n.__c=l=new Q(v,x):(n.__c=l=new ve(v,x),l.constructor=Q,l.render=Rt),S&&S.sub(l),l.state||(l.state={}),l.__n=o,l.__g|=8,l.__h=[],l.__k=[]),A&&(l.__s||(l.__s=l.state),Q.getDerivedStateFromProps&&(l.__s==l.state&&(l.__s=X({},l.__s)),X(l.__s,Q.getDerivedStateFromProps(v,l.__s)))),y=l.props,P=l.state,l.__v=n,r.__c){if(v!==y&&A&&!Q.getDerivedStateFromProps&&l.componentWillReceiveProps&&l.componentWillReceiveProps(v,x),n.__v==r.__v&&!(8&l.__g)||!(4&l.__g)&&l.shouldComponentUpdate&&l.shouldComponentUpdate(v,l.__s,x)===!1){n.__v!=r.__v&&(l.props=v,l.state=l.__s,l.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(L){L&&(L.__=n)}),xe.push.apply(l.__h,l.__k),l.__k=[],l.__h.length&&d.push(l),p=J(r);break e}l.componentWillUpdate&&l.componentWillUpdate(v,l.__s,x),A&&l.componentDidUpdate&&l.__h.push(function(){l.componentDidUpdate(y,P,g)})}else A&&!Q.getDerivedStateFromProps&&l.componentWillMount&&l.componentWillMount(),A&&l.componentDidMount&&l.__h.push(l.componentDidMount);l.context=x,l.props=v,l.__P=e,l.__g&=-5,se=w.__r,be=A?25:0;do l.__g&=-9,se&&se(n),c=l.render(l.props,l.state=l.__s,l.context);while(8&l.__g&&++be<25);A&&(xe.push.apply(l.__h,l.__k),l.__k=[]),l.state=l.__s,l.getChildContext&&(o=X({},o,l.getChildContext())),A&&r.__c&&l.getSnapshotBeforeUpdate&&(g=l.getSnapshotBeforeUpdate(y,P)),G=c&&c.type===C&&c.key==null?c.props.children:c,v.__P&&(c=p,a=(e=v.__P).namespaceURI,u=i=null,r.props&&r.props.__P!=e&&(r.__k.some(function(L){L&&Me(L,L)}),r.__k=null),p=r.__k?J(r,0):null),p=pn(e,Oe(G)?G:[G],n,r,o,a,i,d,p,u,h),v.__P&&(n.__e=null,p=c),n.__u&=-161,b&&b.some(Z),l.__h.length&&d.push(l),1&l.__g&&(l.__g&=-4)}catch(L){if(d.length=_,n.__v=null,u||i)if(L&&L.then){if(n.__u|=128|u,i){for(~(k=i.indexOf(p||void 0))||(k=i.length);(K=i[k-1])&&K.nodeType==8;)k--;for(;k<i.length;k++)if(K=i[k])if(i[k]=null,j){if(K==le)break}else{if(K.nodeType!=8)break;K.data.startsWith("$s")&&(le=ke(j=K))}}if(!j){for(;p&&p.nodeType==8&&p.nextSibling;)p=p.nextSibling;j=p}(c=ke(j=n.__c.__z||(n.__c.__z=j)))?(n.__e=j,p=c):n.__e=p,p=p&&p.nextSibling}else i&&i.some(Z);else n.__e=r.__e;n.__k||(n.__k=r.__k||[]),L&&L.then||un(n),w.__e(L,n,r)}}else p=n.__e=Ct(r.__e,n,r,o,a,i,d,u,h,e);return(c=w.diffed)&&c(n),p}function ke(e,n){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var r=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))r++;else if(e.data.startsWith("/$s")&&!--r)return e}n&&n.push(e)}}function un(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(un))}function mn(e,n,r){for(var o=0;o<r.length;)Fe(r[o++],r[o++],r[o++]);w.__c&&w.__c(n,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(i){i.call(a)})}catch(i){w.__e(i,a.__v)}})}function Ct(e,n,r,o,a,i,d,p,u,h){var c,b,_,l,y,P,g,v,A=r.props||Ie,S=n.props,x=n.type;if(x=="svg"?a="http://www.w3.org/2000/svg":x=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),i){for(c=0;c<i.length;c++)if((y=i[c])&&(x?y.localName==x:y.nodeType==3)){e=y,i[c]=null;break}}if(!e){if(v=h.ownerDocument||document,!x)return v.createTextNode(S);e=v.createElementNS(a,x,S.is?S:h),p&&(w.__m&&w.__m(n,i),p=!1),i=null}if(x){if(h=x=="template"&&e.content||e,i=x=="textarea"&&S.defaultValue!=null?null:i&&sn.call(h.childNodes),!p&&i)for(A={},c=0;c<e.attributes.length;c++)A[(y=e.attributes[c]).name]=y.value;for(c in A)y=A[c],c=="dangerouslySetInnerHTML"?_=y:c=="children"||c in S||c=="value"&&"defaultValue"in S||c=="checked"&&"defaultChecked"in S||_e(e,c,null,y,a);for(c in S)y=S[c],c=="children"?l=y:c=="dangerouslySetInnerHTML"?b=y:c=="value"?P=y:c=="checked"?g=y:p&&typeof y!="function"||A[c]===y||_e(e,c,y,A[c],a);b?(p||_&&(b.__html==_.__html||b.__html==e.innerHTML)||(e.innerHTML=b.__html),n.__k=[]):(_&&(e.textContent=""),(x=="foreignObject"||a=="http://www.w3.org/1998/Math/MathML"&&Tt.test(x))&&(a="http://www.w3.org/1999/xhtml"),pn(h,Oe(l)?l:[l],n,r,o,a,i,d,i?i[0]:r.__k&&J(r,0),p,u),i&&i.some(Z)),p&&x!="textarea"||(c="value",x=="progress"&&P==null?e.removeAttribute(c):P==null||P===e[c]&&(x!="progress"||P)||_e(e,c,P,A[c],a),c="checked",g!=null&&g!=e[c]&&_e(e,c,g,A[c],a))}else A===S||p&&e.data==S||(e.data=S);return e}function Fe(e,n,r,o){try{typeof e=="function"?n?n.__x=e(n)||1:o&&(o=o.__c||o.__e)&&(n=o.__x)&&(o.__x=null,typeof n=="function"?n():e(null)):e.current=n}catch(a){w.__e(a,r)}}function Me(e,n,r){var o,a,i,d;if(w.unmount&&w.unmount(e),!(o=e.ref)||o.current&&o.current!=e.__e||Fe(o,null,n,e),o=e.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(p){w.__e(p,n)}o.__P=o.__n=null}if(o=e.__k)for(d=0;d<o.length;d++)o[d]&&Me(o[d],n,typeof e.type!="function"||r&&!e.props.__P);!r&&(o=e.__c)&&(o=o.__z)&&(a=ke(o,i=[]))&&(o==e.__e&&i.some(Z),Z(a),Z(o)),r||Z(e.__e),e.__e=e.__c=e.__=null}function Rt(e,n,r){return this.constructor(e,r)}function gn(e,n){var r,o,a,i;w.__&&w.__(e,n),n.nodeType==9&&(n=n.documentElement),o=(r=e&&32&e.__u)?null:n.__k,n.__k=Ae(C,{children:[e]}),a=[],i=[],Le(n,n.__k,o||Ie,Ie,n.namespaceURI,o?null:n.firstChild?sn.call(n.childNodes):null,a,o?o.__e:n.firstChild,r,i),mn(a,n.__k,i),n.__k.props.children=null}function fn(e){function n(r){var o,a;return this.getChildContext||(o=new Set,(a={})[n.__c]=this,this.getChildContext=function(){return a},this.shouldComponentUpdate=function(i){this.props.value!=i.value&&o.forEach(function(d){d.__g|=4,Ce(d)})},this.sub=function(i){o.add(i);var d=i.componentWillUnmount;i.componentWillUnmount=function(){o.delete(i),d&&d.call(i)}}),r.children}return n.__c="__cC"+an++,n.__=e,n.Provider=(n.Consumer=function(r,o){return r.children(o)}).contextType=n,n}w={__e:function(e,n,r,o){for(var a,i,d;n=n.__;)if((a=n.__c)&&!(1&a.__g)){a.__g|=4;try{if((d=(i=a.constructor)&&i.getDerivedStateFromError)&&a.setState(i.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,o||{}),d=1),d&&8&a.__g)return void(a.__g|=2)}catch(p){e=p}}throw we=0,e}},tn=0,Dt=function(e){return e!=null&&e.constructor===de},ve.prototype.setState=function(e,n){var r=this.__s;r&&r!=this.state||(r=this.__s=X({},this.state)),typeof e=="function"&&(e=e(X({},r),this.props)),e&&(X(r,e),this.__v&&(n&&this.__k.push(n),Ce(this)))},ve.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Ce(this))},ve.prototype.render=C,Y=[],we=0,rn=function(e,n){return e.__v.__b-n.__v.__b},Pe=Symbol(),on=/(PointerCapture)$|Capture$/i,Re=0,$e={},an=0;var ee,T,qe,hn,Be=Object.is,ce=0,In=[],Ue=[],N=w,yn=N.__b,bn=N.__r,_n=N.diffed,Pn=N.__c,An=N.unmount,vn=N.__;function ue(e,n){N.__h&&N.__h(T,e,ce||n),ce=0;var r=T.__H||(T.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function f(e){return ce=1,Ot(Nn,e)}function Ot(e,n,r){var o=ue(ee++,2);if(o.t=e,!o.__c&&(o.__=[r?r(n):Nn(void 0,n),function(i){var d=(o.__N||o.__)[0],p=o.t(d,i);Be(d,p)||(o.__N=[p,o.__[1]],o.__c.setState({}))}],o.__c=T,!T.__f)){T.__f=!0;var a=T.shouldComponentUpdate;T.shouldComponentUpdate=function(i,d,p){var u=this.__H;if(!u)return!0;var h=!1,c=this.props!=i;if(u.__.some(function(_){_.__N&&(h=!0,Be(_.__[0],_.__N[0])||(c=!0))}),a){var b=a.call(this,i,d,p);return h?b||c:b}return!h||c}}return o.__}function q(e,n){var r=ue(ee++,3);!N.__s&&Sn(r.__H,n)&&(r.__P=!0,r.__=e,r.u=n,T.__H.__h.push(r))}function me(e){return ce=5,xn(function(){return{current:e}},[])}function xn(e,n){var r=ue(ee++,7);return Sn(r.__H,n)&&(r.__=e(),r.__H=n),r.__}function Dn(e,n){return ce=8,xn(function(){return e},n)}function Tn(e){var n=T.context[e.__c],r=ue(ee++,9);return r.c=e,n?(r.__==null&&(r.__=!0,n.sub(T)),n.props.value):e.__}function oe(){var e=ue(ee++,11);if(!e.__){for(var n=T.__v;!n.__m&&n.__;)n=n.__;var r=n.__m||(n.__m=[0,0]);e.__="P"+r[0]+"-"+r[1]++}return e.__}function Lt(){var e;do{for(;e=Ue.shift();)try{pe(e)}catch(r){N.__e(r,{__:(e=e.__P)&&e.__v})}for(;e=In.shift();){var n=e.__H;if(e.__P&&n)try{n.__h.some(pe),n.__h.some(je),n.__h=[]}catch(r){n.__h=[],N.__e(r,e.__v)}}}while(Ue.length)}N.__b=function(e){T=null,yn&&yn(e)},N.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),vn&&vn(e,n)},N.__r=function(e){bn&&bn(e),ee=0;var n=(T=e.__c).__H;n&&(qe==T?T.__h=[]:(n.__h.some(pe),n.__h.some(je),ee=0),n.__h=[],n.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),qe=T},N.diffed=function(e){_n&&_n(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&wn(In.push(n)),n.__H.__.some(function(r){r.u&&(r.__H=r.u)})),qe=T=null},N.__c=function(e,n){n.some(function(r){try{r.__h.some(pe),r.__h=r.__h.filter(function(o){return!o.__||je(o)})}catch(o){r.__h=[function(){throw o}]}}),Pn&&Pn(e,n)},N.unmount=function(e){An&&An(e);var n,r,o=e.__c;o&&o.__H&&(o.__H.__.some(function(a){try{if(a.__P&&a.__c){if(r===void 0){for(r=e.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}a.__P=r,wn(Ue.push(a))}else pe(a)}catch(i){n=i}}),o.__H=void 0,n&&N.__e(n,o.__v))};var kn=typeof requestAnimationFrame=="function";function Ft(e){var n,r=function(){clearTimeout(o),kn&&cancelAnimationFrame(n),setTimeout(e)},o=setTimeout(r,35);kn&&(n=requestAnimationFrame(r))}function wn(e){e!=1&&hn==N.requestAnimationFrame||((hn=N.requestAnimationFrame)||Ft)(Lt)}function pe(e){var n=T,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),T=n}function je(e){var n=T;e.__c=e.__(),T=n}function Sn(e,n){return!e||e.length!=n.length||n.some(function(r,o){return!Be(r,e[o])})}function Nn(e,n){return typeof n=="function"?n(e):n}var En="pppdesk.admin.lang",He=Mt(),Ke=new Set;function Mt(){try{return localStorage.getItem(En)==="en"?"en":"ja"}catch{return"ja"}}function ne(){return He}function $n(e){He=e;try{localStorage.setItem(En,e)}catch{}document.documentElement.lang=e,Ke.forEach(n=>n())}function Cn(e){return Ke.add(e),()=>Ke.delete(e)}function De(e,n){return(r,o)=>{let a=(He==="en"?n[r]:e[r])??String(r);return o?a.replace(/\{(\w+)\}/g,(i,d)=>d in o?String(o[d]):i):a}}var m=De({appName:"公民連携デスク 管理画面",skipToMain:"本文へ移動",language:"言語",switchLang:"English",signIn:"サインイン",signOut:"サインアウト",signingIn:"サインイン中…",email:"メールアドレス",password:"パスワード",municipality:"自治体（省略可）",municipalityHelp:"複数の自治体を運用しているときだけ、自治体の識別名（例: aomori）を入力します。",signInTitle:"職員サインイン",signedInAs:"{name}（{dept}）",home:"ホーム",mainNav:"メインメニュー",loading:"読み込み中…",retry:"再読み込み",save:"保存",cancel:"キャンセル",ok:"OK",confirm:"確認",close:"閉じる",next:"次へ",prev:"前へ",first:"最初へ",totalCount:"全{n}件",pageInfo:"{from}〜{to}件目 / 全{n}件",empty:"該当するものはありません。",notFound:"お探しのページは見つかりません。",backHome:"ホームへ戻る",required:"必須",yes:"はい",no:"いいえ",proposerOnly:"この管理画面は職員用です。提案者の方は提案用のポータルをご利用ください。",errBadInput:"入力内容を確認してください。",errConflict:"ほかの人が先に変更しました。画面を再読み込みしてからやり直してください。",errForbidden:"この操作を行う権限がありません。",errNotFound:"対象が見つかりません（削除されたか、見る権限がありません）。",errUnauthenticated:"サインインの有効期限が切れました。もう一度サインインしてください。",errRateLimited:"操作が続いたため一時的に受け付けを止めています。少し待ってからやり直してください。",errUnavailable:"サーバーが一時的に応答できません。少し待ってからやり直してください。",errInternal:"サーバーで問題が起きました。時間をおいてやり直し、続く場合はシステム担当へ連絡してください。",errNetwork:"サーバーに接続できません。ネットワークを確認してください。",errField:"項目「{field}」",serverSays:"サーバーからの説明: {msg}",loginFailed:"メールアドレスまたはパスワードが違います。"},{appName:"PPP Desk Admin",skipToMain:"Skip to main content",language:"Language",switchLang:"日本語",signIn:"Sign in",signOut:"Sign out",signingIn:"Signing in…",email:"Email",password:"Password",municipality:"Municipality (optional)",municipalityHelp:"Only when the server runs several municipalities: its identifier (e.g. aomori).",signInTitle:"Staff sign-in",signedInAs:"{name} ({dept})",home:"Home",mainNav:"Main menu",loading:"Loading…",retry:"Reload",save:"Save",cancel:"Cancel",ok:"OK",confirm:"Confirm",close:"Close",next:"Next",prev:"Previous",first:"First page",totalCount:"{n} in total",pageInfo:"{from}–{to} of {n}",empty:"Nothing matches.",notFound:"This page does not exist.",backHome:"Back to home",required:"required",yes:"Yes",no:"No",proposerOnly:"This admin is for staff. Proposers please use the proposal portal.",errBadInput:"Please check your input.",errConflict:"Someone changed this first. Reload the page and try again.",errForbidden:"You may not do this.",errNotFound:"Not found (deleted, or you may not see it).",errUnauthenticated:"Your sign-in has expired. Please sign in again.",errRateLimited:"Too many attempts for now. Wait a little and try again.",errUnavailable:"The server cannot answer right now. Try again shortly.",errInternal:"The server had a problem. Try again later; if it persists, contact the system administrator.",errNetwork:"Cannot reach the server. Check the network.",errField:'Field "{field}"',serverSays:"Server: {msg}",loginFailed:"Wrong email or password."});var Ve="pppdesk.admin.token";function ge(){try{return sessionStorage.getItem(Ve)}catch{return null}}function te(e){try{e?sessionStorage.setItem(Ve,e):sessionStorage.removeItem(Ve)}catch{}ze.forEach(n=>n(e!==null))}var ze=new Set;function Rn(e){return ze.add(e),()=>ze.delete(e)}var On=new URL("../",location.href),qt=new URL("graphql",On),R=class extends Error{constructor(r,o,a){super(o);this.code=r;this.serverMessage=o;this.field=a}code;serverMessage;field;clerkMessage(){let o=[{BAD_USER_INPUT:m("errBadInput"),CONFLICT:m("errConflict"),FORBIDDEN:m("errForbidden"),NOT_FOUND:m("errNotFound"),UNAUTHENTICATED:m("errUnauthenticated"),RATE_LIMITED:m("errRateLimited"),UNAVAILABLE:m("errUnavailable"),INTERNAL:m("errInternal"),NETWORK:m("errNetwork")}[this.code]];return this.field&&o.push(m("errField",{field:this.field})),this.serverMessage&&this.code!=="INTERNAL"&&this.code!=="NETWORK"&&o.push(m("serverSays",{msg:this.serverMessage})),o.join(" ")}};function Ln(e){return e instanceof R?e.clerkMessage():m("errInternal")}var Bt=new Set(["BAD_USER_INPUT","CONFLICT","FORBIDDEN","NOT_FOUND","UNAUTHENTICATED","RATE_LIMITED","UNAVAILABLE","INTERNAL"]);function Ut(e){let n=e.extensions?.code??"INTERNAL";return new R(Bt.has(n)?n:"INTERNAL",e.message,e.extensions?.field)}async function Fn(e,n){let r=ge();r&&(n.Authorization=`Bearer ${r}`),n.Accept="application/graphql-response+json, application/json";let o;try{o=await fetch(qt,{...e,headers:n,credentials:"omit",cache:"no-store"})}catch{throw new R("NETWORK","")}let a;try{a=await o.json()}catch{throw new R(o.status>=500?"UNAVAILABLE":"NETWORK",`HTTP ${o.status}`)}if(a.errors&&a.errors.length>0){let i=Ut(a.errors[0]);throw i.code==="UNAUTHENTICATED"&&r&&te(null),i}if(!a.data)throw new R("INTERNAL",`HTTP ${o.status}`);return a.data}function O(e,n,r={}){let o={"Content-Type":"application/json"};return r.municipality&&(o["X-Municipality"]=r.municipality),Fn({method:"POST",body:JSON.stringify({query:e.toString(),variables:n})},o)}function Mn(e,n,r){let o=new FormData;o.append("operations",JSON.stringify({query:e.toString(),variables:n}));let a={};return r.forEach((i,d)=>a[String(d)]=[i.path]),o.append("map",JSON.stringify(a)),r.forEach((i,d)=>o.append(String(d),i.file,i.file.name)),Fn({method:"POST",body:o},{"GraphQL-Require-Preflight":"1"})}function jt(e){return new URL(e.replace(/^\/+/,""),On)}async function qn(e,n){let r=ge(),o;try{o=await fetch(jt(e),{headers:r?{Authorization:`Bearer ${r}`}:{},credentials:"omit"})}catch{throw new R("NETWORK","")}if(o.status===401)throw te(null),new R("UNAUTHENTICATED","");if(o.status===403)throw new R("FORBIDDEN","");if(o.status===404)throw new R("NOT_FOUND","");if(!o.ok)throw new R(o.status===429?"RATE_LIMITED":"UNAVAILABLE",`HTTP ${o.status}`);let a=URL.createObjectURL(await o.blob()),i=document.createElement("a");i.href=a,i.download=n,document.body.appendChild(i),i.click(),i.remove(),setTimeout(()=>URL.revokeObjectURL(a),1e4)}var $=class extends String{__apiType;value;__meta__;constructor(n,r){super(n),this.value=n,this.__meta__=r}toString(){return this.value}},Bn=new $(`
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
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
    `,{fragmentName:"InboxRow"}),Un=new $(`
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
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
    `,{fragmentName:"ProposalPageFields"}),jn=new $(`
    mutation Logout {
  logout
}
    `),Kn=new $(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
  }
}
    `),Hn=new $(`
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
}`),Vn=new $(`
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
}`),zn=new $(`
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
    `),Gn=new $(`
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
    `),Yn=new $(`
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
}`),Jn=new $(`
    mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `),Zn=new $(`
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
}`),Xn=new $(`
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
    `),et=new $(`
    query ProposalPage($id: ID!) {
  proposal(id: $id) {
    ...ProposalPageFields
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
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
}`),nt=new $(`
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
}
    `);var Ht={"\n  mutation Logout {\n    logout\n  }\n":jn,"\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n":Kn,"\n  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {\n    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Hn,"\n  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {\n    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Vn,"\n  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {\n    decideProposal(id: $id, decision: $decision, reason: $reason) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":zn,"\n  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {\n    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Wn,"\n  query ProposalAssignDepartments {\n    municipality {\n      departments {\n        id\n        name\n        kind\n        parent {\n          id\n        }\n      }\n    }\n  }\n":Qn,"\n  query ProposalLinkOutcomes {\n    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":Gn,"\n  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {\n    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Yn,"\n  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n":Jn,"\n  fragment InboxRow on Proposal {\n    id\n    title\n    kind\n    status\n    submittedAt\n    organization {\n      name\n    }\n    challenge {\n      title\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      respondedAt\n    }\n  }\n":Bn,"\n  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxRow\n        }\n      }\n    }\n  }\n":Zn,"\n  query InboxOptions {\n    municipality {\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n    challenges(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":Xn,"\n  fragment ProposalPageFields on Proposal {\n    id\n    kind\n    title\n    summary\n    body\n    desiredScheme\n    status\n    version\n    submittedAt\n    decidedAt\n    createdAt\n    challenge {\n      id\n      title\n    }\n    organization {\n      name\n    }\n    resources {\n      side\n      kind\n      description\n    }\n    merits {\n      side\n      description\n    }\n    contact {\n      affiliation\n      name\n      email\n      phone\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      opinion\n      feasible\n      respondedAt\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      reason\n      at\n      actor {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      messageId\n      downloadUrl\n      createdAt\n    }\n    project {\n      id\n      title\n    }\n    agreement {\n      id\n      title\n    }\n  }\n":Un,"\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n":et,"\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n  }\n":nt};function D(e){return Ht[e]??{}}function H(e,n,r=!1){let o=JSON.stringify(n),[a,i]=f(void 0),[d,p]=f(void 0),[u,h]=f(!r),c=me(0),b=Dn(async()=>{if(r)return;let _=++c.current;h(!0);try{let l=await O(e,JSON.parse(o));_===c.current&&(i(l),p(void 0))}catch(l){_===c.current&&p(l instanceof R?l:new R("INTERNAL",String(l)))}finally{_===c.current&&h(!1)}},[e,o,r]);return q(()=>{b()},[b]),{data:a,error:d,loading:u,reload:b}}function V(e){let[n,r]=f(!1),[o,a]=f(void 0);return{run:async(...d)=>{r(!0),a(void 0);try{return await e(...d)}catch(p){a(p instanceof R?p:new R("INTERNAL",String(p)));return}finally{r(!1)}},busy:n,error:o,clear:()=>a(void 0)}}function tt(){let e=location.hash.replace(/^#/,"")||"/",n=e.indexOf("?");return n<0?{path:e,query:new URLSearchParams}:{path:e.slice(0,n),query:new URLSearchParams(e.slice(n+1))}}function rt(){let[e,n]=f(tt);return q(()=>{let r=()=>n(tt());return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),e}function B(e,n){let r=new URLSearchParams;for(let[a,i]of Object.entries(n??{}))i&&r.set(a,i);let o=r.toString();return`#${e}${o?`?${o}`:""}`}function ot(e,n){location.hash=B(e,n)}function Vt(e,n){let r=e.split("/").filter(Boolean),o=n.split("/").filter(Boolean);if(r.length!==o.length)return null;let a={};for(let i=0;i<r.length;i++){let d=r[i];if(d.startsWith(":"))a[d.slice(1)]=decodeURIComponent(o[i]);else if(d!==o[i])return null}return a}function it(e,n){for(let r of e){let o=Vt(r.path,n);if(o)return{route:r,params:o}}return null}var at=D(`
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
  }
`);function fe(e,n){return!n||!e.permissions?!0:e.permissions.some(r=>r.resource===n.resource&&r.action===n.action)}var We=fn(null);function st(){let e=Tn(We);if(!e)throw new Error("useViewer outside a signed-in app");return e}var zt=Symbol.for("pv"),Wt=0;function t(e,n,r,o,a,i){n||(n={});var d,p,u=n;if("ref"in u&&typeof e!="function")for(p in u={},n)p=="ref"?d=n[p]:u[p]=n[p];var h={type:e,props:u,key:r,ref:d,__k:null,__:null,__b:0,__e:null,__c:null,constructor:zt,__v:--Wt,__i:-1,__u:0};return(a||i)&&(h.__source=a,h.__self=i),w.vnode&&w.vnode(h),h}function lt(){let e=st(),n=he.filter(r=>r.nav&&r.path!=="/"&&fe(e,r.permission)).sort((r,o)=>r.nav.order-o.nav.order);return t("section",{children:[t("h1",{children:m("home")}),t("p",{children:[e.municipality.deskName," — ",e.me.displayName]}),t("ul",{class:"tiles",children:n.map(r=>t("li",{children:t("a",{class:"tile",href:B(r.path),children:r.nav.label()})},r.path))})]})}var s=De({navInbox:"提案の受付",inboxTitle:"提案の受付",inboxCaption:"提案の一覧",attentionTitle:"要対応",attentionHelp:"未読の対話がある提案と、担当課の回答期限を過ぎた提案です。",attentionCaption:"要対応の提案",attentionNone:"要対応の提案はありません。",statusTabs:"状態で絞り込み",all:"すべて",filters:"絞り込み",search:"キーワード（件名・概要・内容）",kind:"種類",challenge:"対象の行政課題",department:"担当課",submittedFrom:"提出日（から）",submittedTo:"提出日（まで）",submittedRange:"提出日",apply:"絞り込む",reset:"条件をクリア",any:"指定しない",onlyAttention:"要対応のみ",colTitle:"件名",colProposer:"提案者",colKind:"種類",colStatus:"状態",colSubmitted:"提出日",colAssigned:"担当課（回答期限）",colFlags:"お知らせ",unread:"未読 {n}件",overdue:"回答期限超過",notSubmitted:"未提出",kindFREE:"自由提案",kindCHALLENGE:"課題提案",statusDRAFT:"下書き",statusSUBMITTED:"提出済み",statusIN_DIALOGUE:"対話・庁内調整中",statusACCEPTED:"採択",statusDECLINED:"不採択",statusWITHDRAWN:"取下げ",back:"提案の一覧へ戻る",notFound:"この提案は見つかりません（削除されたか、見る権限がありません）。",secContent:"提案の内容",summary:"概要",body:"内容",desiredScheme:"希望する連携手法",organization:"提案者",resources:"双方が提供するもの（リソース）",resourcesCaption:"提供リソース（ヒト・モノ・カネ・情報）",side:"提供する側",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",merits:"期待されるメリット",meritFor:"{side}のメリット",contact:"連絡先",affiliation:"所属",contactName:"氏名",phone:"電話番号",email:"メールアドレス",none:"（なし）",dates:"日付",submittedAt:"提出日時",decidedAt:"採否の決定日時",createdAt:"作成日時",secAttachments:"添付ファイル",download:"{name} をダウンロード",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",noAttachments:"添付ファイルはありません。",onMessage:"（対話のメッセージに添付）",attach:"ファイルを添付",attachFile:"添付するファイル",attached:"{name} を添付しました。",secAssignments:"担当課への検討依頼",noAssignments:"担当課への依頼はまだありません。",assignmentsCaption:"担当課への依頼と回答",dueOn:"回答期限",feasible:"実施可否",feasibleYes:"実施可能",feasibleNo:"実施困難",notAnswered:"未回答",answered:"回答済み",opinion:"意見",respondedAt:"回答日時",secDialogue:"対話",dialogueHelp:"提案者とのメッセージは提案者にも見えます。庁内メモは職員（デスク・担当課）だけが見られます。",noMessages:"メッセージはまだありません。",sharedMessage:"提案者とのメッセージ",internalNote:"庁内メモ",internalNoteHint:"提案者には見えません",postKind:"投稿の種類",postBody:"本文",post:"投稿する",posted:"投稿しました。",postedNote:"庁内メモを投稿しました。",secHistory:"履歴",historyCaption:"提案の履歴",colWhen:"日時",colAction:"操作",colChange:"状態の変化",colActor:"行為者",colReason:"理由・内容",actCREATE:"作成",actUPDATE:"更新",actSUBMIT:"提出",actASSIGN:"担当課へ依頼",actRESPOND:"担当課が回答",actDECIDE:"採否の決定",actWITHDRAW:"取下げ",actLINK:"事業・協定の結び付け",actorPROPOSER:"提案者",actorDEPARTMENT:"担当課",actorDESK:"デスク",secActions:"手続き",noActions:"この提案に対して、いまあなたができる手続きはありません。",assignTitle:"担当課に検討を依頼する",assignHelp:"依頼する担当課を選び、回答期限を決めます。",assignDepartments:"依頼する担当課",assignDue:"回答期限（省略可）",assignSubmit:"依頼する",assigned:"担当課に依頼しました。",assignPick:"担当課を1つ以上選んでください。",respondTitle:"検討結果を回答する",respondOpinion:"意見",respondFeasible:"実施可否",respondSubmit:"回答する",responded:"回答しました。",opinionRequired:"意見を入力してください。",decideTitle:"採否を決める",decision:"採否",decideAccept:"採択する",decideDecline:"不採択とする",reason:"理由",reasonHelp:"理由は提案者にも伝わります。",reasonRequired:"理由を入力してください。",decideSubmit:"決定する",decideConfirm:"「{title}」を{decision}。よろしいですか？",decideConfirmTitle:"採否の確認",decided:"採否を決定しました。",linkTitle:"成果の事業・協定を結び付ける",linkHelp:"採択した提案から生まれた連携事業・協定を選ぶか、新しく下書きを作ります。",linkProject:"連携事業",linkAgreement:"連携協定",linkExisting:"既存のものを選ぶ",linkNew:"新しく下書きを作る",linkNone:"結び付けない",linkPick:"選択してください",newKind:"種類",newTitle:"名称（省略時は提案の件名）",linkSubmit:"結び付ける",linked:"結び付けました。",linkNothing:"事業か協定を1つ以上指定してください。",currentProject:"結び付いた連携事業",currentAgreement:"結び付いた連携協定",projPARTNERSHIP:"パートナーシップ事業",projDEMONSTRATION:"実証実験サポート事業",agrBUSINESS:"事業連携協定",agrCOMPREHENSIVE:"包括連携協定",agrMEMORANDUM:"覚書"},{navInbox:"Proposals",inboxTitle:"Proposal inbox",inboxCaption:"Proposals",attentionTitle:"Needs attention",attentionHelp:"Proposals with unread dialogue, and proposals whose department answer is overdue.",attentionCaption:"Proposals needing attention",attentionNone:"Nothing needs attention.",statusTabs:"Filter by status",all:"All",filters:"Filters",search:"Keywords (title, summary, body)",kind:"Kind",challenge:"Challenge answered",department:"Department",submittedFrom:"Submitted from",submittedTo:"Submitted until",submittedRange:"Submission date",apply:"Apply",reset:"Clear filters",any:"Any",onlyAttention:"Needs attention only",colTitle:"Title",colProposer:"Proposer",colKind:"Kind",colStatus:"Status",colSubmitted:"Submitted",colAssigned:"Departments (due)",colFlags:"Alerts",unread:"{n} unread",overdue:"Overdue",notSubmitted:"Not submitted",kindFREE:"Free proposal",kindCHALLENGE:"Challenge proposal",statusDRAFT:"Draft",statusSUBMITTED:"Submitted",statusIN_DIALOGUE:"In dialogue",statusACCEPTED:"Accepted",statusDECLINED:"Declined",statusWITHDRAWN:"Withdrawn",back:"Back to the proposals",notFound:"This proposal was not found (deleted, or you may not see it).",secContent:"Proposal",summary:"Summary",body:"Details",desiredScheme:"Desired scheme",organization:"Proposer",resources:"What each side contributes",resourcesCaption:"Resources (people, goods, money, information)",side:"Side",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",merits:"Expected merits",meritFor:"For the {side}",contact:"Contact",affiliation:"Affiliation",contactName:"Name",phone:"Phone",email:"Email",none:"(none)",dates:"Dates",submittedAt:"Submitted",decidedAt:"Decided",createdAt:"Created",secAttachments:"Attachments",download:"Download {name}",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",noAttachments:"No attachments.",onMessage:"(attached to a message)",attach:"Attach a file",attachFile:"File to attach",attached:"Attached {name}.",secAssignments:"Requests to departments",noAssignments:"No department has been asked yet.",assignmentsCaption:"Requests and answers",dueOn:"Due",feasible:"Feasible",feasibleYes:"Feasible",feasibleNo:"Not feasible",notAnswered:"Not answered",answered:"Answered",opinion:"Opinion",respondedAt:"Answered",secDialogue:"Dialogue",dialogueHelp:"Messages are seen by the proposer. Internal notes are seen by staff (desk and departments) only.",noMessages:"No messages yet.",sharedMessage:"Message to the proposer",internalNote:"Internal note",internalNoteHint:"not shown to the proposer",postKind:"Kind of post",postBody:"Text",post:"Post",posted:"Posted.",postedNote:"Internal note posted.",secHistory:"History",historyCaption:"History of the proposal",colWhen:"When",colAction:"Action",colChange:"Status change",colActor:"By",colReason:"Reason / detail",actCREATE:"Created",actUPDATE:"Updated",actSUBMIT:"Submitted",actASSIGN:"Assigned to departments",actRESPOND:"Department answered",actDECIDE:"Decided",actWITHDRAW:"Withdrawn",actLINK:"Linked to project/agreement",actorPROPOSER:"Proposer",actorDEPARTMENT:"Department",actorDESK:"Desk",secActions:"Actions",noActions:"There is nothing you can do on this proposal now.",assignTitle:"Ask departments to review",assignHelp:"Choose the departments and a due date for their answer.",assignDepartments:"Departments to ask",assignDue:"Due date (optional)",assignSubmit:"Send request",assigned:"The departments were asked.",assignPick:"Choose at least one department.",respondTitle:"Answer the request",respondOpinion:"Opinion",respondFeasible:"Feasible?",respondSubmit:"Send answer",responded:"Answer sent.",opinionRequired:"Please write an opinion.",decideTitle:"Decide",decision:"Decision",decideAccept:"Accept",decideDecline:"Decline",reason:"Reason",reasonHelp:"The proposer sees the reason.",reasonRequired:"Please give a reason.",decideSubmit:"Decide",decideConfirm:'Decide "{title}": {decision}. Continue?',decideConfirmTitle:"Confirm the decision",decided:"Decision recorded.",linkTitle:"Link the resulting project or agreement",linkHelp:"Choose the project or agreement that came from this accepted proposal, or create a draft.",linkProject:"Project",linkAgreement:"Agreement",linkExisting:"Choose an existing one",linkNew:"Create a draft",linkNone:"Do not link",linkPick:"Choose",newKind:"Kind",newTitle:"Title (the proposal's title when empty)",linkSubmit:"Link",linked:"Linked.",linkNothing:"Give a project or an agreement.",currentProject:"Linked project",currentAgreement:"Linked agreement",projPARTNERSHIP:"Partnership project",projDEMONSTRATION:"Supported field trial",agrBUSINESS:"Business agreement",agrCOMPREHENSIVE:"Comprehensive agreement",agrMEMORANDUM:"Memorandum"});var Te="Asia/Tokyo",Qt=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:Te}),Gt=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}),Yt=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",timeZone:Te}),dt=new Intl.DateTimeFormat("ja-JP",{hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:Te}),Jt=new Intl.DateTimeFormat("en-GB",{year:"numeric",month:"short",day:"numeric",timeZone:Te});function pt(e){return e.replace(/(\D)1年/,"$1元年")}function Se(e){if(!e)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e);if(!n)return e;let r=new Date(Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3])));return ne()==="en"?e:`${pt(Gt.format(r))}（${e}）`}function z(e){if(!e)return"";let n=new Date(e);if(Number.isNaN(n.getTime()))return e;let r=Yt.format(n);return ne()==="en"?`${Jt.format(n)} ${dt.format(n)}`:`${pt(Qt.format(n))}（${r}）${dt.format(n)}`}function F({tone:e="neutral",icon:n,children:r,testid:o}){return t("span",{class:`badge badge-${e}`,"data-testid":o,children:[n&&t("span",{"aria-hidden":"true",children:[n," "]}),r]})}function E({error:e,onRetry:n,retryLabel:r}){return e?t("div",{class:"banner banner-error",role:"alert",children:[t("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),t("span",{children:Ln(e)}),n&&t("button",{type:"button",class:"btn btn-small",onClick:n,children:r})]}):null}function re({children:e}){return e?t("div",{class:"banner banner-notice",role:"status",children:[t("span",{class:"banner-icon","aria-hidden":"true",children:"✓"}),t("span",{children:e})]}):null}function ie({label:e}){return t("p",{class:"loading",role:"status","aria-live":"polite",children:e})}function I({variant:e="secondary",busy:n,disabled:r,children:o,type:a,...i}){return t("button",{...i,type:a??"button",class:`btn btn-${e}`,disabled:r||n,"aria-busy":n?"true":void 0,children:o})}function Qe({id:e,label:n,required:r}){return t("label",{for:e,children:[n,r&&t("span",{class:"required",children:[" （",m("required"),"）"]})]})}function Ge(e,n,r){return[n?`${e}-help`:"",r?`${e}-err`:""].filter(Boolean).join(" ")||void 0}function Ye({id:e,help:n,error:r}){return t(C,{children:[n&&t("p",{class:"help",id:`${e}-help`,children:n}),r&&t("p",{class:"field-error",id:`${e}-err`,children:r})]})}function M(e){let n=oe();return t("div",{class:"field",children:[t(Qe,{id:n,label:e.label,required:e.required}),t("input",{id:n,name:e.name,type:e.type??"text",value:e.value,required:e.required,autocomplete:e.autocomplete,maxLength:e.maxLength,"aria-invalid":e.error?"true":void 0,"aria-describedby":Ge(n,e.help,e.error),"data-testid":e.testid,onInput:r=>e.onInput(r.currentTarget.value)}),t(Ye,{id:n,help:e.help,error:e.error})]})}function ye(e){let n=oe();return t("div",{class:"field",children:[t(Qe,{id:n,label:e.label,required:e.required}),t("textarea",{id:n,name:e.name,rows:e.rows??4,value:e.value,required:e.required,"aria-invalid":e.error?"true":void 0,"aria-describedby":Ge(n,e.help,e.error),"data-testid":e.testid,onInput:r=>e.onInput(r.currentTarget.value)}),t(Ye,{id:n,help:e.help,error:e.error})]})}function U(e){let n=oe();return t("div",{class:"field",children:[t(Qe,{id:n,label:e.label,required:e.required}),t("select",{id:n,name:e.name,value:e.value,required:e.required,"aria-invalid":e.error?"true":void 0,"aria-describedby":Ge(n,e.help,e.error),"data-testid":e.testid,onChange:r=>e.onChange(r.currentTarget.value),children:e.options.map(r=>t("option",{value:r.value,children:r.label},r.value))}),t(Ye,{id:n,help:e.help,error:e.error})]})}function W({legend:e,children:n,class:r}){return t("fieldset",{class:`fieldset ${r??""}`,children:[t("legend",{children:e}),n]})}function ct(e){let[n,r]=f([]);q(()=>r([]),[e.resetKey]);let o=e.page?.edges??[],a=n.length*e.pageSize+1;return t("div",{class:"table-wrap",children:[t("table",{class:"table","data-testid":e.testid,children:[t("caption",{children:e.caption}),t("thead",{children:t("tr",{children:e.columns.map(i=>t("th",{scope:"col",class:i.class,children:i.header}))})}),t("tbody",{children:[o.length===0&&t("tr",{children:t("td",{colSpan:e.columns.length,children:m("empty")})}),o.map(i=>t("tr",{children:e.columns.map(d=>t("td",{class:d.class,children:d.cell(i.node)}))},e.rowKey(i.node)))]})]}),e.page&&t("nav",{class:"pager","aria-label":e.caption,children:[t("span",{role:"status",children:o.length>0?m("pageInfo",{from:a,to:a+o.length-1,n:e.page.totalCount}):m("totalCount",{n:e.page.totalCount})}),t(I,{disabled:n.length===0,onClick:()=>{let i=n.slice(0,-1);r(i),e.onAfter(n[n.length-1]??null)},children:["← ",m("prev")]}),t(I,{disabled:!e.page.pageInfo.hasNextPage,onClick:()=>{r([...n,e.after]),e.onAfter(e.page?.pageInfo.endCursor??null)},children:[m("next")," →"]})]})]})}function Zt(e){return s(`status${e}`)}function ae(e){return s(`kind${e}`)}var Xt={DRAFT:"neutral",SUBMITTED:"info",IN_DIALOGUE:"warning",ACCEPTED:"success",DECLINED:"danger",WITHDRAWN:"neutral"};function Ne({status:e}){return t(F,{tone:Xt[e],testid:"proposal-status",children:Zt(e)})}var ut=["SUBMITTED","IN_DIALOGUE","ACCEPTED","DECLINED","WITHDRAWN","DRAFT"];function mt(e){return e<1024?s("bytes",{n:e}):e<1024*1024?s("kb",{n:(e/1024).toFixed(1)}):s("mb",{n:(e/1024/1024).toFixed(1)})}D(`
  fragment InboxRow on Proposal {
    id
    title
    kind
    status
    submittedAt
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
`);var er=D(`
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
`),nr=D(`
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
`),gt=20,tr=["status","kind","challenge","department","from","to","q"];function rr(e){let n={};for(let r of tr){let o=e.get(r);o&&(n[r]=o)}return n}function or(e){let n={};return e.status&&(n.status=e.status),e.kind&&(n.kind=e.kind),e.challenge&&(n.challengeId=e.challenge),e.department&&(n.departmentId=e.department),(e.from||e.to)&&(n.submittedOn={from:e.from||null,to:e.to||null}),e.q&&(n.search=e.q),n}function ir(e){let n=new Map;return e.map(r=>{let o=r.parent?(n.get(r.parent.id)??0)+1:0;return n.set(r.id,o),{value:r.id,label:`${"　".repeat(o)}${r.name}`}})}function ft({query:e}){let n=rr(e),[r,o]=f(n),[a,i]=f(null),d=or(n),p=JSON.stringify(d),u=H(er,{first:gt,after:a,filter:d}),h=H(nr,{}),c=l=>y=>o({...r,[l]:y}),b=l=>{i(null),ot("/proposals",l)},_=[{header:s("colTitle"),cell:l=>t("a",{href:B(`/proposals/${encodeURIComponent(l.id)}`),"data-testid":"proposal-link",children:l.title})},{header:s("colProposer"),cell:l=>l.organization?.name??""},{header:s("colKind"),cell:l=>l.kind==="CHALLENGE"&&l.challenge?`${ae(l.kind)}：${l.challenge.title}`:ae(l.kind)},{header:s("colStatus"),cell:l=>t(Ne,{status:l.status})},{header:s("colSubmitted"),cell:l=>l.submittedAt?z(l.submittedAt):s("notSubmitted")},{header:s("colAssigned"),cell:l=>t("ul",{class:"plain",children:l.assignments.map(y=>t("li",{children:[y.department.name,y.dueOn&&`（${Se(y.dueOn)}）`,y.respondedAt&&t(F,{tone:"success",children:s("answered")})]},y.department.id))})}];return t("section",{children:[t("h1",{children:s("inboxTitle")}),t("nav",{"aria-label":s("statusTabs"),class:"tabs",children:t("ul",{children:[t("li",{children:t("a",{href:B("/proposals",{...n,status:void 0}),"aria-current":n.status?void 0:"page",children:s("all")})}),ut.map(l=>t("li",{children:t("a",{href:B("/proposals",{...n,status:l}),"aria-current":n.status===l?"page":void 0,"data-testid":`status-tab-${l}`,children:s(`status${l}`)})},l))]})}),t("form",{class:"filters",role:"search",onSubmit:l=>{l.preventDefault(),b(r)},children:[t(W,{legend:s("filters"),class:"filters-grid",children:[t(M,{label:s("search"),type:"search",value:r.q??"",onInput:c("q"),testid:"filter-search"}),t(U,{label:s("kind"),value:r.kind??"",onChange:c("kind"),options:[{value:"",label:s("any")},...["FREE","CHALLENGE"].map(l=>({value:l,label:ae(l)}))]}),t(U,{label:s("challenge"),value:r.challenge??"",onChange:c("challenge"),options:[{value:"",label:s("any")},...h.data?.challenges.edges.map(l=>({value:l.node.id,label:l.node.title}))??[]]}),t(U,{label:s("department"),value:r.department??"",onChange:c("department"),options:[{value:"",label:s("any")},...ir(h.data?.municipality.departments??[])],testid:"filter-department"}),t(M,{label:s("submittedFrom"),type:"date",value:r.from??"",onInput:c("from")}),t(M,{label:s("submittedTo"),type:"date",value:r.to??"",onInput:c("to")})]}),t("div",{class:"actions",children:[t(I,{type:"submit",variant:"primary","data-testid":"filter-apply",children:s("apply")}),t(I,{onClick:()=>{o({}),b({})},children:s("reset")})]})]}),t(E,{error:u.error,onRetry:()=>{u.reload()},retryLabel:m("retry")}),u.loading&&!u.data&&t(ie,{label:m("loading")}),u.data&&t(ct,{caption:s("inboxCaption"),columns:_,page:u.data.proposals,after:a,onAfter:i,resetKey:p,rowKey:l=>l.id,pageSize:gt,testid:"inbox-table"})]})}function ht(e){let n=me(null),r=oe(),o=me(null);return q(()=>{let a=n.current;a&&(e.open&&!a.open?(o.current=document.activeElement,a.showModal()):!e.open&&a.open&&(a.close(),o.current instanceof HTMLElement&&o.current.focus()))},[e.open]),t("dialog",{ref:n,class:"dialog","aria-labelledby":r,onCancel:a=>{a.preventDefault(),e.onCancel()},children:[t("h2",{id:r,children:e.title}),t("div",{class:"dialog-body",children:e.children}),t("div",{class:"actions",children:[t(I,{variant:e.danger?"danger":"primary",busy:e.busy,onClick:e.onConfirm,"data-testid":"confirm-ok",children:e.confirmLabel??m("ok")}),t(I,{onClick:e.onCancel,children:m("cancel")})]})]})}function Je(e){return new Set(["ASSIGN","RESPOND","DECIDE","LINK","MESSAGE","INTERNAL_NOTE","ATTACH"])}var ar=D(`
  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),sr=D(`
  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),lr=D(`
  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
    decideProposal(id: $id, decision: $decision, reason: $reason) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),dr=D(`
  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),pr=D(`
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
`),cr=D(`
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
`);function yt({p:e,actions:n,onChange:r}){let o=["ASSIGN","RESPOND","DECIDE","LINK"].some(a=>n.has(a));return t("div",{class:"panel",children:[t("h2",{id:"actions-title",children:s("secActions")}),!o&&t("p",{class:"muted",children:s("noActions")}),n.has("ASSIGN")&&t(ur,{p:e,onChange:r}),n.has("RESPOND")&&t(mr,{p:e,onChange:r}),n.has("DECIDE")&&t(gr,{p:e,onChange:r}),n.has("LINK")&&t(fr,{p:e,onChange:r})]})}function ur({p:e,onChange:n}){let r=H(pr,{}),[o,a]=f(new Set),[i,d]=f(""),[p,u]=f(""),[h,c]=f(!1),b=V(async()=>{let P=await O(ar,{id:e.id,departmentIds:[...o],dueOn:i||null});a(new Set),u(s("assigned")),n(P.assignProposal.proposal)}),_=new Set(e.assignments.map(P=>P.department.id)),l=new Map,y=(r.data?.municipality.departments??[]).map(P=>{let g=P.parent?(l.get(P.parent.id)??0)+1:0;return l.set(P.id,g),{...P,depth:Math.min(g,3)}});return t("section",{class:"action","aria-labelledby":"assign-title","data-testid":"assign-form",children:[t("h3",{id:"assign-title",children:s("assignTitle")}),t("p",{class:"help",children:s("assignHelp")}),t("form",{onSubmit:P=>{if(P.preventDefault(),u(""),o.size===0){c(!0);return}c(!1),b.run()},children:[t(W,{legend:s("assignDepartments"),class:"tree",children:[t(E,{error:r.error}),t("ul",{class:"plain",children:y.map(P=>t("li",{class:`depth-${P.depth}`,children:t("label",{class:"check",children:[t("input",{type:"checkbox",checked:_.has(P.id)||o.has(P.id),disabled:_.has(P.id),onChange:g=>{let v=new Set(o);g.currentTarget.checked?v.add(P.id):v.delete(P.id),a(v)}})," ",P.name]})},P.id))}),h&&t("p",{class:"field-error",role:"alert",children:s("assignPick")})]}),t(M,{label:s("assignDue"),type:"date",value:i,onInput:d,testid:"assign-due"}),t(E,{error:b.error}),t(re,{children:p}),t(I,{type:"submit",variant:"primary",busy:b.busy,"data-testid":"assign-submit",children:s("assignSubmit")})]})]})}function mr({p:e,onChange:n}){let[r,o]=f(""),[a,i]=f(""),[d,p]=f(""),[u,h]=f(!1),c=V(async()=>{let b=await O(sr,{id:e.id,opinion:r,feasible:a==="yes"});p(s("responded")),n(b.respondToAssignment.proposal)});return t("section",{class:"action","aria-labelledby":"respond-title","data-testid":"respond-form",children:[t("h3",{id:"respond-title",children:s("respondTitle")}),t("form",{onSubmit:b=>{b.preventDefault(),h(!0),p(""),!(!r.trim()||!a)&&c.run()},children:[t(W,{legend:s("respondFeasible"),class:"radios",children:[t("label",{class:"radio",children:[t("input",{type:"radio",name:"feasible",value:"yes",checked:a==="yes",onChange:()=>i("yes"),"data-testid":"respond-feasible-yes"})," ",s("feasibleYes")]}),t("label",{class:"radio",children:[t("input",{type:"radio",name:"feasible",value:"no",checked:a==="no",onChange:()=>i("no"),"data-testid":"respond-feasible-no"})," ",s("feasibleNo")]}),u&&!a&&t("p",{class:"field-error",children:s("respondFeasible")})]}),t(ye,{label:s("respondOpinion"),required:!0,value:r,onInput:o,error:u&&!r.trim()?s("opinionRequired"):void 0,testid:"respond-opinion"}),t(E,{error:c.error}),t(re,{children:d}),t(I,{type:"submit",variant:"primary",busy:c.busy,"data-testid":"respond-submit",children:s("respondSubmit")})]})]})}function gr({p:e,onChange:n}){let[r,o]=f(""),[a,i]=f(""),[d,p]=f(!1),[u,h]=f(!1),[c,b]=f(""),_=V(async()=>{if(!r)return;let y=await O(lr,{id:e.id,decision:r,reason:a});h(!1),b(s("decided")),n(y.decideProposal.proposal)}),l=r==="ACCEPTED"?s("decideAccept"):s("decideDecline");return t("section",{class:"action","aria-labelledby":"decide-title","data-testid":"decide-form",children:[t("h3",{id:"decide-title",children:s("decideTitle")}),t("form",{onSubmit:y=>{y.preventDefault(),p(!0),b(""),!(!r||!a.trim())&&h(!0)},children:[t(W,{legend:s("decision"),class:"radios",children:[t("label",{class:"radio",children:[t("input",{type:"radio",name:"decision",value:"ACCEPTED",checked:r==="ACCEPTED",onChange:()=>o("ACCEPTED"),"data-testid":"decide-accept"})," ",s("decideAccept")]}),t("label",{class:"radio",children:[t("input",{type:"radio",name:"decision",value:"DECLINED",checked:r==="DECLINED",onChange:()=>o("DECLINED"),"data-testid":"decide-decline"})," ",s("decideDecline")]}),d&&!r&&t("p",{class:"field-error",children:s("decision")})]}),t(ye,{label:s("reason"),help:s("reasonHelp"),required:!0,value:a,onInput:i,error:d&&!a.trim()?s("reasonRequired"):void 0,testid:"decide-reason"}),t(E,{error:_.error}),t(re,{children:c}),t(I,{type:"submit",variant:"primary","data-testid":"decide-submit",children:s("decideSubmit")})]}),t(ht,{open:u,title:s("decideConfirmTitle"),confirmLabel:l,danger:r==="DECLINED",busy:_.busy,onConfirm:()=>{_.run()},onCancel:()=>h(!1),children:[t("p",{children:s("decideConfirm",{title:e.title,decision:l})}),t("p",{class:"prewrap",children:[s("reason"),"：",a]}),t(E,{error:_.error})]})]})}function fr({p:e,onChange:n}){let r=H(cr,{}),[o,a]=f(""),[i,d]=f(""),[p,u]=f(""),[h,c]=f(""),[b,_]=f("PARTNERSHIP"),[l,y]=f("BUSINESS"),[P,g]=f(""),[v,A]=f(""),[S,x]=f(""),[se,be]=f(!1),G=V(async()=>{let k=await O(dr,{id:e.id,projectId:o==="existing"&&p?p:null,agreementId:i==="existing"&&h?h:null,newProject:o==="new"?{kind:b,title:P.trim()||null}:null,newAgreement:i==="new"?{kind:l,title:v.trim()||null}:null});x(s("linked")),a(""),d(""),n(k.linkProposalOutcome.proposal),r.reload()}),j=[{value:"",label:s("linkNone")},{value:"existing",label:s("linkExisting")},{value:"new",label:s("linkNew")}],le={value:"",label:s("linkPick")};return t("section",{class:"action","aria-labelledby":"link-title","data-testid":"link-form",children:[t("h3",{id:"link-title",children:s("linkTitle")}),t("p",{class:"help",children:s("linkHelp")}),t(E,{error:r.error}),t("form",{onSubmit:k=>{k.preventDefault(),x("");let K=o==="existing"&&p||o==="new"||i==="existing"&&h||i==="new";be(!K),K&&G.run()},children:[t(W,{legend:s("linkProject"),children:[t(U,{label:s("linkProject"),value:o,onChange:k=>a(k),options:j,testid:"link-project-mode"}),o==="existing"&&t(U,{label:s("linkPick"),value:p,onChange:u,options:[le,...r.data?.projects.edges.map(k=>({value:k.node.id,label:k.node.title}))??[]],testid:"link-project"}),o==="new"&&t(C,{children:[t(U,{label:s("newKind"),value:b,onChange:k=>_(k),options:["PARTNERSHIP","DEMONSTRATION"].map(k=>({value:k,label:s(`proj${k}`)}))}),t(M,{label:s("newTitle"),value:P,onInput:g})]})]}),t(W,{legend:s("linkAgreement"),children:[t(U,{label:s("linkAgreement"),value:i,onChange:k=>d(k),options:j,testid:"link-agreement-mode"}),i==="existing"&&t(U,{label:s("linkPick"),value:h,onChange:c,options:[le,...r.data?.agreements.edges.map(k=>({value:k.node.id,label:k.node.title}))??[]],testid:"link-agreement"}),i==="new"&&t(C,{children:[t(U,{label:s("newKind"),value:l,onChange:k=>y(k),options:["BUSINESS","COMPREHENSIVE","MEMORANDUM"].map(k=>({value:k,label:s(`agr${k}`)}))}),t(M,{label:s("newTitle"),value:v,onInput:A})]})]}),se&&t("p",{class:"field-error",role:"alert",children:s("linkNothing")}),t(E,{error:G.error}),t(re,{children:S}),t(I,{type:"submit",variant:"primary",busy:G.busy,"data-testid":"link-submit",children:s("linkSubmit")})]})]})}var hr=D(`
  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),yr=D(`
  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`);function bt({p:e,actions:n,onChange:r,onReload:o}){let a=n.has("MESSAGE"),i=n.has("INTERNAL_NOTE"),[d,p]=f(!a&&i),[u,h]=f(""),[c,b]=f(""),_=V(async()=>{let g=await O(hr,{proposalId:e.id,body:u,internal:d});h(""),b(d?s("postedNote"):s("posted")),r(g.postProposalMessage.proposal)}),[l,y]=f(null),P=V(async g=>{if(!l)return;let v=await Mn(yr,{proposalId:e.id,file:null},[{path:"variables.file",file:l}]);y(null),g.reset(),b(s("attached",{name:v.attachFile.fileName})),await o()});return t("section",{"aria-labelledby":"sec-dialogue",children:[t("h2",{id:"sec-dialogue",children:s("secDialogue")}),t("p",{class:"help",children:s("dialogueHelp")}),e.messages.length===0?t("p",{class:"muted",children:s("noMessages")}):t("ol",{class:"messages","data-testid":"messages",children:e.messages.map(g=>t("li",{class:g.internal?"msg msg-internal":"msg msg-shared","data-testid":g.internal?"internal-note":"shared-message",children:[t("div",{class:"msg-head",children:[g.internal?t(F,{tone:"internal",icon:"✎",children:[s("internalNote"),"（",s("internalNoteHint"),"）"]}):t(F,{tone:"info",icon:"✉",children:s("sharedMessage")}),t("span",{class:"msg-author",children:Ze(g.author)}),t("time",{class:"muted",dateTime:g.createdAt,children:z(g.createdAt)})]}),t("p",{class:"prewrap",children:g.body})]},g.id))}),t(re,{children:c}),(a||i)&&t("form",{class:"post-form",onSubmit:g=>{g.preventDefault(),b(""),_.run()},children:[a&&i&&t(W,{legend:s("postKind"),class:"radios",children:[t("label",{class:"radio",children:[t("input",{type:"radio",name:"post-kind",checked:!d,onChange:()=>p(!1),"data-testid":"post-shared"}),t("span",{"aria-hidden":"true",children:"✉ "}),s("sharedMessage")]}),t("label",{class:"radio radio-internal",children:[t("input",{type:"radio",name:"post-kind",checked:d,onChange:()=>p(!0),"data-testid":"post-internal"}),t("span",{"aria-hidden":"true",children:"✎ "}),s("internalNote"),"（",s("internalNoteHint"),"）"]})]}),t(ye,{label:d?`${s("postBody")}（${s("internalNote")}）`:`${s("postBody")}（${s("sharedMessage")}）`,required:!0,value:u,onInput:h,rows:4,testid:"post-body"}),t(E,{error:_.error}),t(I,{type:"submit",variant:"primary",busy:_.busy,disabled:!u.trim(),"data-testid":"post-submit",children:s("post")})]}),n.has("ATTACH")&&t("form",{class:"attach-form",onSubmit:g=>{g.preventDefault(),b(""),P.run(g.currentTarget)},children:[t("div",{class:"field",children:[t("label",{for:"attach-file",children:s("attachFile")}),t("input",{id:"attach-file",type:"file","data-testid":"attach-file",onChange:g=>y(g.currentTarget.files?.[0]??null)})]}),t(E,{error:P.error}),t(I,{type:"submit",busy:P.busy,disabled:!l,children:s("attach")})]})]})}D(`
  fragment ProposalPageFields on Proposal {
    id
    kind
    title
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
`);var br=D(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalPageFields
    }
  }
`),_t=["CITY","PARTNER"],Pt=["PEOPLE","GOODS","MONEY","INFORMATION"],_r=new Set(["CREATE","UPDATE","SUBMIT","ASSIGN","RESPOND","DECIDE","WITHDRAW","LINK"]);function Ze(e){if(!e)return"";let n=s(`actor${e.kind}`),r=[e.department?.name,e.displayName].filter(Boolean).join(" ");return r?`${n}：${r}`:n}function At({params:e}){let n=e.id,r=H(br,{id:n}),[o,a]=f(null),i=o??r.data?.proposal??null,d=u=>a(u),p=async()=>{a(null),await r.reload()};return t("article",{class:"proposal",children:[t("p",{children:t("a",{href:B("/proposals"),children:["← ",s("back")]})}),t(E,{error:r.error,onRetry:()=>{r.reload()},retryLabel:m("retry")}),r.loading&&!i&&t(ie,{label:m("loading")}),r.data&&!i&&t("p",{class:"banner banner-error",role:"alert",children:s("notFound")}),i&&t(C,{children:[t("header",{class:"proposal-head",children:[t("h1",{"data-testid":"proposal-title",children:i.title}),t("p",{class:"meta",children:[t(Ne,{status:i.status})," ",t(F,{children:ae(i.kind)}),i.challenge&&t("span",{children:[" ",i.challenge.title]})]}),t("dl",{class:"facts",children:[t("div",{children:[t("dt",{children:s("organization")}),t("dd",{children:i.organization?.name??s("none")})]}),t("div",{children:[t("dt",{children:s("submittedAt")}),t("dd",{children:i.submittedAt?z(i.submittedAt):s("notSubmitted")})]}),i.decidedAt&&t("div",{children:[t("dt",{children:s("decidedAt")}),t("dd",{children:z(i.decidedAt)})]}),i.project&&t("div",{children:[t("dt",{children:s("currentProject")}),t("dd",{"data-testid":"linked-project",children:i.project.title})]}),i.agreement&&t("div",{children:[t("dt",{children:s("currentAgreement")}),t("dd",{"data-testid":"linked-agreement",children:i.agreement.title})]})]})]}),t("div",{class:"proposal-grid",children:[t("div",{class:"proposal-main",children:[t(Pr,{p:i}),t(Ar,{p:i}),t(vr,{p:i}),t(bt,{p:i,actions:Je(i),onChange:d,onReload:p}),t(kr,{p:i})]}),t("aside",{class:"proposal-side","aria-labelledby":"actions-title",children:t(yt,{p:i,actions:Je(i),onChange:d})})]})]})]})}function Xe({text:e}){return e.trim()?t(C,{children:e.split(/\n{2,}/).map((n,r)=>t("p",{class:"prewrap",children:n},r))}):t("p",{class:"muted",children:s("none")})}function Pr({p:e}){return t("section",{"aria-labelledby":"sec-content",children:[t("h2",{id:"sec-content",children:s("secContent")}),t("h3",{children:s("summary")}),t(Xe,{text:e.summary}),t("h3",{children:s("body")}),t(Xe,{text:e.body}),t("h3",{children:s("desiredScheme")}),t(Xe,{text:e.desiredScheme}),t("h3",{children:s("resources")}),t("div",{class:"table-wrap",children:t("table",{class:"table matrix","data-testid":"resources-matrix",children:[t("caption",{class:"visually-hidden",children:s("resourcesCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:s("side")}),Pt.map(n=>t("th",{scope:"col",children:s(`res${n}`)},n))]})}),t("tbody",{children:_t.map(n=>t("tr",{children:[t("th",{scope:"row",children:s(`side${n}`)}),Pt.map(r=>{let o=e.resources.filter(a=>a.side===n&&a.kind===r);return t("td",{children:o.length===0?t("span",{class:"muted",children:"—"}):t("ul",{class:"plain",children:o.map((a,i)=>t("li",{children:a.description},i))})},r)})]},n))})]})}),t("h3",{children:s("merits")}),t("div",{class:"merits",children:_t.map(n=>{let r=e.merits.filter(o=>o.side===n);return t("div",{children:[t("h4",{children:s("meritFor",{side:s(`side${n}`)})}),r.length===0?t("p",{class:"muted",children:s("none")}):t("ul",{children:r.map((o,a)=>t("li",{children:o.description},a))})]},n)})}),e.contact&&t(C,{children:[t("h3",{children:s("contact")}),t("dl",{class:"facts",children:[t("div",{children:[t("dt",{children:s("affiliation")}),t("dd",{children:e.contact.affiliation})]}),t("div",{children:[t("dt",{children:s("contactName")}),t("dd",{children:e.contact.name})]}),t("div",{children:[t("dt",{children:s("email")}),t("dd",{children:e.contact.email})]}),t("div",{children:[t("dt",{children:s("phone")}),t("dd",{children:e.contact.phone})]})]})]})]})}function Ar({p:e}){let[n,r]=f(null);return t("section",{"aria-labelledby":"sec-attachments",children:[t("h2",{id:"sec-attachments",children:s("secAttachments")}),t(E,{error:n}),e.attachments.length===0?t("p",{class:"muted",children:s("noAttachments")}):t("ul",{class:"files","data-testid":"attachments",children:e.attachments.map(o=>t("li",{children:[t(I,{variant:"link","aria-label":s("download",{name:o.fileName}),onClick:()=>{r(null),qn(o.downloadUrl,o.fileName).catch(r)},children:[t("span",{"aria-hidden":"true",children:"↓ "}),o.fileName]})," ",t("span",{class:"muted",children:[mt(o.size)," ・ ",z(o.createdAt),o.messageId&&` ${s("onMessage")}`]})]},o.id))})]})}function vr({p:e}){return t("section",{"aria-labelledby":"sec-assignments",children:[t("h2",{id:"sec-assignments",children:s("secAssignments")}),e.assignments.length===0?t("p",{class:"muted",children:s("noAssignments")}):t("div",{class:"table-wrap",children:t("table",{class:"table","data-testid":"assignments",children:[t("caption",{class:"visually-hidden",children:s("assignmentsCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:s("department")}),t("th",{scope:"col",children:s("dueOn")}),t("th",{scope:"col",children:s("feasible")}),t("th",{scope:"col",children:s("opinion")}),t("th",{scope:"col",children:s("respondedAt")})]})}),t("tbody",{children:e.assignments.map(n=>t("tr",{children:[t("th",{scope:"row",children:n.department.name}),t("td",{children:n.dueOn?Se(n.dueOn):"—"}),t("td",{children:n.feasible==null?t(F,{children:s("notAnswered")}):n.feasible?t(F,{tone:"success",icon:"○",children:s("feasibleYes")}):t(F,{tone:"danger",icon:"×",children:s("feasibleNo")})}),t("td",{class:"prewrap",children:n.opinion??""}),t("td",{children:n.respondedAt?z(n.respondedAt):"—"})]},n.department.id))})]})})]})}function kr({p:e}){return t("section",{"aria-labelledby":"sec-history",children:[t("h2",{id:"sec-history",children:s("secHistory")}),t("div",{class:"table-wrap",children:t("table",{class:"table","data-testid":"history",children:[t("caption",{class:"visually-hidden",children:s("historyCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:s("colWhen")}),t("th",{scope:"col",children:s("colAction")}),t("th",{scope:"col",children:s("colChange")}),t("th",{scope:"col",children:s("colActor")}),t("th",{scope:"col",children:s("colReason")})]})}),t("tbody",{children:e.history.map((n,r)=>t("tr",{children:[t("td",{children:z(n.at)}),t("td",{children:_r.has(n.action)?s(`act${n.action}`):n.action}),t("td",{children:n.from||n.to?`${n.from?s(`status${n.from}`):""} → ${n.to?s(`status${n.to}`):""}`:""}),t("td",{children:Ze(n.actor)}),t("td",{class:"prewrap",children:n.reason})]},r))})]})})]})}var vt=[{path:"/proposals",component:ft,nav:{label:()=>s("navInbox"),order:100},permission:{resource:"proposal",action:"read"}},{path:"/proposals/:id",component:At,permission:{resource:"proposal",action:"read"}}];var kt=[];var wt=[];var he=[{path:"/",component:lt,nav:{label:()=>m("home"),order:0}},...vt,...kt,...wt];function It(e){let n=e.viewer.me;return t(C,{children:[t("a",{class:"skip",href:"#main",onClick:r=>{r.preventDefault(),document.getElementById("main")?.focus()},children:m("skipToMain")}),t("header",{class:"header",children:[t("div",{class:"brand",children:[t("span",{class:"brand-muni",children:e.viewer.municipality.name})," ",m("appName")]}),t("div",{class:"header-tools",children:[t("span",{class:"who","data-testid":"who",children:m("signedInAs",{name:n.displayName,dept:n.department?.name??n.role})}),t(en,{}),t(I,{onClick:e.onSignOut,busy:e.signingOut,"data-testid":"sign-out",children:m("signOut")})]})]}),t("div",{class:"frame",children:[t("nav",{class:"nav","aria-label":m("mainNav"),children:t("ul",{children:e.nav.map(r=>{let o=e.current===r.path||r.path!=="/"&&e.current.startsWith(`${r.path}/`);return t("li",{children:t("a",{href:B(r.path),"aria-current":o?"page":void 0,children:r.label})},r.path)})})}),t("main",{id:"main",class:"main",tabIndex:-1,children:e.children})]})]})}function en(){let e=ne()==="ja"?"en":"ja";return t("button",{type:"button",class:"btn btn-link",lang:e,"aria-label":`${m("language")}: ${m("switchLang")}`,onClick:()=>$n(e),"data-testid":"lang-toggle",children:m("switchLang")})}var wr=D(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);function xt({notice:e}){let[n,r]=f(""),[o,a]=f(""),[i,d]=f(""),p=V(async()=>{let u=await O(wr,{email:n,password:o},{municipality:i.trim()||void 0});te(u.login.token)});return t("div",{class:"login",children:[t("div",{class:"login-lang",children:t(en,{})}),t("main",{id:"main",class:"login-box",children:[t("h1",{children:m("appName")}),t("h2",{children:m("signInTitle")}),e&&t("p",{class:"banner banner-notice",role:"status",children:e}),p.error&&t(E,{error:p.error}),t("form",{onSubmit:u=>{u.preventDefault(),p.run()},children:[t(M,{label:m("email"),type:"email",autocomplete:"username",required:!0,value:n,onInput:r,testid:"login-email"}),t(M,{label:m("password"),type:"password",autocomplete:"current-password",required:!0,value:o,onInput:a,testid:"login-password"}),t(M,{label:m("municipality"),help:m("municipalityHelp"),value:i,onInput:d,autocomplete:"off",testid:"login-municipality"}),t(I,{type:"submit",variant:"primary",busy:p.busy,"data-testid":"login-submit",children:p.busy?m("signingIn"):m("signIn")})]})]})]})}var Ir=D(`
  mutation Logout {
    logout
  }
`);async function xr(){try{await O(Ir,{})}finally{te(null)}}function Dr(){let[,e]=f(0),[n,r]=f(ge()!==null),[o,a]=f(!1);return q(()=>Cn(()=>e(i=>i+1)),[]),q(()=>Rn(i=>{a(!i&&n),r(i)}),[n]),n?t(Tr,{}):t(xt,{notice:o?m("errUnauthenticated"):void 0})}function Tr(){let e=H(at,{}),[n,r]=f(!1),o=rt(),a=()=>{r(!0),xr().catch(()=>{})};if(e.error)return t("main",{id:"main",class:"login-box",children:[t(E,{error:e.error,onRetry:()=>{e.reload()},retryLabel:m("retry")}),t(I,{onClick:a,children:m("signOut")})]});if(!e.data)return t(ie,{label:m("loading")});let i=e.data.me;if(!i||i.role==="PROPOSER")return t("main",{id:"main",class:"login-box",children:[t("p",{class:"banner banner-error",role:"alert",children:m("proposerOnly")}),t(I,{onClick:a,children:m("signOut")})]});let d={me:i,municipality:e.data.municipality,permissions:null},p=he.filter(c=>c.nav&&fe(d,c.permission)).sort((c,b)=>c.nav.order-b.nav.order).map(c=>({path:c.path,label:c.nav.label()})),u=it(he,o.path),h;if(!u||!fe(d,u.route.permission))h=t("section",{children:[t("h1",{children:m("notFound")}),t("p",{children:t("a",{href:"#/",children:m("backHome")})})]});else{let c=u.route.component;h=t(c,{params:u.params,query:o.query},o.path)}return t(We.Provider,{value:d,children:t(It,{viewer:d,nav:p,current:o.path,onSignOut:a,signingOut:n,children:h})})}document.documentElement.lang=ne();gn(t(Dr,{}),document.getElementById("app"));
