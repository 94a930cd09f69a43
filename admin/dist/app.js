var S,ht,vr,ee,Ke,Oe,bt,Ee,Dt,Qe,He,kt,De=Symbol.for("pv"),Fe={},Me=[],Ar=/^m(i|n|o|s|text|space)$/,Ge=Array.isArray,vt=Me.slice,ae=Object.assign;function ie(t){t&&t.parentNode&&t.remove()}function qe(t,n,r,o,a){var i={type:t,props:n,key:r,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:De,__v:a||++ht,__i:-1,__u:0};return!a&&S.vnode&&S.vnode(i),i}function j(t){return t.children}function Re(t,n){this.props=t,this.context=n,this.__g=0}function te(t,n){if(n==null)return t.__&&te(t.__,t.__i+1);for(var r;n<t.__k.length;n++)if((r=t.__k[n])&&r.__e)return r.__e;return typeof t.type!="function"||t.props.__P?null:te(t)}function _r(t){var n,r=t.__v,o=r.__e,a=[],i=[],d=t.__P;d&&((n=ae({constructor:De},r)).__v=r.__v+1,S.vnode&&S.vnode(n),Ye(d,n,r,t.__n,d.namespaceURI,32&r.__u?[o]:null,a,o||te(r),32&r.__u,i),n.__v=r.__v,n.__.__k[n.__i]=n,xt(a,n,i),r.__=r.__e=null,n.__e!=o&&At(n))}function At(t){if((t=t.__)&&t.__c&&!t.props.__P)return t.__e=null,t.__k.some(function(n){return n&&(t.__e=n.__e)}),At(t)}function ze(t){(8&t.__g||(t.__g|=8,ee.push(t),Oe++))&&Ke==S.debounceRendering||((Ke=S.debounceRendering)||queueMicrotask)(_t)}function _t(){try{for(var t,n=1;ee.length;)ee.length>n&&ee.sort(bt),t=ee.shift(),n=ee.length,8&t.__g&&_r(t)}finally{(Oe=ee.length)&&(Ke||queueMicrotask)(_t)}}function It(t,n,r,o,a,i,d,l,m,f,u){var b,k,s,D,A,g,w=o.__k||Me,x=n.length;for(m=Ir(r,n,w,m,x),b=0;b<x;b++)(s=r.__k[b])!=null&&(k=~s.__i&&w[s.__i]||Fe,s.__i=b,g=Ye(t,s,k,a,i,d,l,m,f,u),D=s.__e,(k.ref!=s.ref||8&k.__u)&&(k.ref&&Je(k.ref,null,s,k),s.ref&&u.push(s.ref,s.__c||D,s)),A=A||D,4&s.__u?(m=Pt(s,m,t,!k.__v),k.__e&&(k.__e=null)):typeof s.type=="function"&&g!==void 0?m=g:D&&(m=D.nextSibling),s.__u&=-21);return r.__e=A,m}function Ir(t,n,r,o,a){var i,d,l,m,f,u,b,k,s,D=r.length,A=D,g=0,w=0,x=t.__k=Array(a);for(i=0;i<a;i++)(d=n[i])!=null&&typeof d!="boolean"&&typeof d!="function"?(typeof d!="object"||d.constructor===String?d=x[i]=qe(null,d):Ge(d)?d=x[i]=qe(j,{children:d}):d.constructor===De&&d.__b?d=x[i]=qe(d.type,d.props,d.key,d.ref,d.__v):x[i]=d,m=i+g,d.__=t,d.__b=t.__b+1,l=null,~(f=d.__i=Pr(d,r,m,A))&&(A--,(l=r[f])&&(l.__u|=2)),l&&l.__v?(d.__u|=16,f==m-1?g--:f==m+1?g++:f!=m&&(f>m?g--:g++,w=1)):(~f||(a>D?g--:a<D&&g++),typeof d.type!="function"&&(d.__u|=4))):x[i]=null;if(w){for(u=[],b=[],i=0;i<a;i++)if((d=x[i])&&16&d.__u){for(g=0,k=u.length;g<k;)u[s=g+k>>1]<d.__i?g=s+1:k=s;u[g]=d.__i,b[i]=g+1}for(g=u.length;i--;)b[i]&&(b[i]==g?g--:x[i].__u|=4)}if(A)for(i=0;i<D;i++)!(l=r[i])||2&l.__u||(l.__e==o&&(o=te(l)),Ze(l,l));return o}function Pt(t,n,r,o){var a,i,d,l;if(typeof t.type=="function"){if(t.props.__P)return n;if(a=t.__k)for(i=0;i<a.length;i++)a[i]&&(a[i].__=t,n=Pt(a[i],n,r,!1));return n}for(n&&!n.parentNode&&(n=te(t))&&!n.parentNode&&(n=null),d=t.__e,l=n;l&&l.nodeType==8;)l=l.nextSibling;for(d!=l&&(!o&&r.moveBefore&&d.parentNode?r.moveBefore(d,n):r.insertBefore(d,n||null)),n=d;(n=n&&n.nextSibling)&&n.nodeType==8&&!n.data.startsWith("$s"););return n}function Pr(t,n,r,o){var a,i=t.key,d=t.type,l=n[r],m=l&&!(2&l.__u);if(l===null&&i==null||m&&i==l.key&&d==l.type)return r;if(o>(m?1:0)){for(a=r-1;a>=0;a--)if((l=n[a])&&!(2&l.__u)&&i==l.key&&d==l.type)return a;for(a=r+1;a<n.length;a++)if((l=n[a])&&!(2&l.__u)&&i==l.key&&d==l.type)return a}return-1}function yt(t,n,r){r==null&&(r=""),n[0]=="-"?t.setProperty(n,r):t[n]=r}function Ce(t,n,r,o,a){var i,d;if(n=="style")if(typeof r=="string")t.style.cssText=r;else{if(typeof o=="string"&&(t.style.cssText=o=""),o)for(n in o)r&&n in r||yt(t.style,n);if(r)for(n in r)o&&r[n]==o[n]||yt(t.style,n,r[n])}else if(n[0]=="o"&&n[1]=="n")typeof r!="function"&&(r=null),typeof o!="function"&&(o=null),(t.__e||(t.__e={}))[n]=r,r&&o||(d=He[n]||(He[n]=wr(n)),(t.__a||(t.__a={}))[n]=Qe,i=n!=(n=n.replace(Dt,"$1")),(n=n.slice(2))[0]<"a"&&(n=n.toLowerCase()),r?t.addEventListener(n,d,i):t.removeEventListener(n,d,i));else{if(a=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in t)try{return void(t[n]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&n[4]!="-"?t.removeAttribute(n):t.setAttribute(n,n=="popover"&&r==1?"":r)}}function wr(t){return function(n){var r=this.__e;if(r){if(r=r[t],n[Ee]==null)n[Ee]=Qe++;else if(n[Ee]<this.__a[t])return;return r(S.event?S.event(n):n)}}}function Ye(t,n,r,o,a,i,d,l,m,f){var u,b,k,s,D,A,g,w,x,v,N,he,Ne,X,G,be,$,Y,Z=n.type;if(n.constructor!==De)return null;128&r.__u&&(m=32&r.__u,u=r.__c.__z)&&(n.__u|=m,b=i=[],u.nodeType==8?l=Le(u,i):i.push(u),l=i[0]||l),(u=S.__b)&&u(n);e:if(typeof Z=="function"){k=d.length;try{if(w=n.props,x=(u=Z.prototype)&&u.render,v=(u=Z.contextType)&&o[u.__c],N=u?v?v.props.value:u.__:o,(s=r.__c)?(n.__c=s,2&s.__g&&(s.__g|=1)):(x?n.__c=s=new Z(w,N):(n.__c=s=new Re(w,N),s.constructor=Z,s.render=Tr),v&&v.sub(s),s.state||(s.state={}),s.__n=o,s.__g|=8,s.__h=[],s.__k=[]),x&&(s.__s||(s.__s=s.state),Z.getDerivedStateFromProps&&(s.__s==s.state&&(s.__s=ae({},s.__s)),ae(s.__s,Z.getDerivedStateFromProps(w,s.__s)))),D=s.props,A=s.state,s.__v=n,r.__c){if(w!==D&&x&&!Z.getDerivedStateFromProps&&s.componentWillReceiveProps&&s.componentWillReceiveProps(w,N),n.__v==r.__v&&!(8&s.__g)||!(4&s.__g)&&s.shouldComponentUpdate&&s.shouldComponentUpdate(w,s.__s,N)===!1){n.__v!=r.__v&&(s.props=w,s.state=s.__s,s.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(H){H&&(H.__=n)}),Me.push.apply(s.__h,s.__k),s.__k=[],s.__h.length&&d.push(s),l=te(r);break e}s.componentWillUpdate&&s.componentWillUpdate(w,s.__s,N),x&&s.componentDidUpdate&&s.__h.push(function(){s.componentDidUpdate(D,A,g)})}else x&&!Z.getDerivedStateFromProps&&s.componentWillMount&&s.componentWillMount(),x&&s.componentDidMount&&s.__h.push(s.componentDidMount);s.context=N,s.props=w,s.__P=t,s.__g&=-5,he=S.__r,Ne=x?25:0;do s.__g&=-9,he&&he(n),u=s.render(s.props,s.state=s.__s,s.context);while(8&s.__g&&++Ne<25);x&&(Me.push.apply(s.__h,s.__k),s.__k=[]),s.state=s.__s,s.getChildContext&&(o=ae({},o,s.getChildContext())),x&&r.__c&&s.getSnapshotBeforeUpdate&&(g=s.getSnapshotBeforeUpdate(D,A)),X=u&&u.type===j&&u.key==null?u.props.children:u,w.__P&&(u=l,a=(t=w.__P).namespaceURI,m=i=null,r.props&&r.props.__P!=t&&(r.__k.some(function(H){H&&Ze(H,H)}),r.__k=null),l=r.__k?te(r,0):null),l=It(t,Ge(X)?X:[X],n,r,o,a,i,d,l,m,f),w.__P&&(n.__e=null,l=u),n.__u&=-161,b&&b.some(ie),s.__h.length&&d.push(s),1&s.__g&&(s.__g&=-4)}catch(H){if(d.length=k,n.__v=null,m||i)if(H&&H.then){if(n.__u|=128|m,i){for(~($=i.indexOf(l||void 0))||($=i.length);(Y=i[$-1])&&Y.nodeType==8;)$--;for(;$<i.length;$++)if(Y=i[$])if(i[$]=null,G){if(Y==be)break}else{if(Y.nodeType!=8)break;Y.data.startsWith("$s")&&(be=Le(G=Y))}}if(!G){for(;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;G=l}(u=Le(G=n.__c.__z||(n.__c.__z=G)))?(n.__e=G,l=u):n.__e=l,l=l&&l.nextSibling}else i&&i.some(ie);else n.__e=r.__e;n.__k||(n.__k=r.__k||[]),H&&H.then||wt(n),S.__e(H,n,r)}}else l=n.__e=xr(r.__e,n,r,o,a,i,d,m,f,t);return(u=S.diffed)&&u(n),l}function Le(t,n){if(t&&t.nodeType==8&&t.data.startsWith("$s"))for(var r=1;t=t.nextSibling;){if(t.nodeType==8){if(t.data.startsWith("$s"))r++;else if(t.data.startsWith("/$s")&&!--r)return t}n&&n.push(t)}}function wt(t){t&&(t.__c&&(t.__c.__g|=4),t.__k&&t.__k.some(wt))}function xt(t,n,r){for(var o=0;o<r.length;)Je(r[o++],r[o++],r[o++]);S.__c&&S.__c(n,t),t.some(function(a){try{t=a.__h,a.__h=[],t.some(function(i){i.call(a)})}catch(i){S.__e(i,a.__v)}})}function xr(t,n,r,o,a,i,d,l,m,f){var u,b,k,s,D,A,g,w,x=r.props||Fe,v=n.props,N=n.type;if(N=="svg"?a="http://www.w3.org/2000/svg":N=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),i){for(u=0;u<i.length;u++)if((D=i[u])&&(N?D.localName==N:D.nodeType==3)){t=D,i[u]=null;break}}if(!t){if(w=f.ownerDocument||document,!N)return w.createTextNode(v);t=w.createElementNS(a,N,v.is?v:f),l&&(S.__m&&S.__m(n,i),l=!1),i=null}if(N){if(f=N=="template"&&t.content||t,i=N=="textarea"&&v.defaultValue!=null?null:i&&vt.call(f.childNodes),!l&&i)for(x={},u=0;u<t.attributes.length;u++)x[(D=t.attributes[u]).name]=D.value;for(u in x)D=x[u],u=="dangerouslySetInnerHTML"?k=D:u=="children"||u in v||u=="value"&&"defaultValue"in v||u=="checked"&&"defaultChecked"in v||Ce(t,u,null,D,a);for(u in v)D=v[u],u=="children"?s=D:u=="dangerouslySetInnerHTML"?b=D:u=="value"?A=D:u=="checked"?g=D:l&&typeof D!="function"||x[u]===D||Ce(t,u,D,x[u],a);b?(l||k&&(b.__html==k.__html||b.__html==t.innerHTML)||(t.innerHTML=b.__html),n.__k=[]):(k&&(t.textContent=""),(N=="foreignObject"||a=="http://www.w3.org/1998/Math/MathML"&&Ar.test(N))&&(a="http://www.w3.org/1999/xhtml"),It(f,Ge(s)?s:[s],n,r,o,a,i,d,i?i[0]:r.__k&&te(r,0),l,m),i&&i.some(ie)),l&&N!="textarea"||(u="value",N=="progress"&&A==null?t.removeAttribute(u):A==null||A===t[u]&&(N!="progress"||A)||Ce(t,u,A,x[u],a),u="checked",g!=null&&g!=t[u]&&Ce(t,u,g,x[u],a))}else x===v||l&&t.data==v||(t.data=v);return t}function Je(t,n,r,o){try{typeof t=="function"?n?n.__x=t(n)||1:o&&(o=o.__c||o.__e)&&(n=o.__x)&&(o.__x=null,typeof n=="function"?n():t(null)):t.current=n}catch(a){S.__e(a,r)}}function Ze(t,n,r){var o,a,i,d;if(S.unmount&&S.unmount(t),!(o=t.ref)||o.current&&o.current!=t.__e||Je(o,null,n,t),o=t.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(l){S.__e(l,n)}o.__P=o.__n=null}if(o=t.__k)for(d=0;d<o.length;d++)o[d]&&Ze(o[d],n,typeof t.type!="function"||r&&!t.props.__P);!r&&(o=t.__c)&&(o=o.__z)&&(a=Le(o,i=[]))&&(o==t.__e&&i.some(ie),ie(a),ie(o)),r||ie(t.__e),t.__e=t.__c=t.__=null}function Tr(t,n,r){return this.constructor(t,r)}function Tt(t,n){var r,o,a,i;S.__&&S.__(t,n),n.nodeType==9&&(n=n.documentElement),o=(r=t&&32&t.__u)?null:n.__k,n.__k=qe(j,{children:[t]}),a=[],i=[],Ye(n,n.__k,o||Fe,Fe,n.namespaceURI,o?null:n.firstChild?vt.call(n.childNodes):null,a,o?o.__e:n.firstChild,r,i),xt(a,n.__k,i),n.__k.props.children=null}function $t(t){function n(r){var o,a;return this.getChildContext||(o=new Set,(a={})[n.__c]=this,this.getChildContext=function(){return a},this.shouldComponentUpdate=function(i){this.props.value!=i.value&&o.forEach(function(d){d.__g|=4,ze(d)})},this.sub=function(i){o.add(i);var d=i.componentWillUnmount;i.componentWillUnmount=function(){o.delete(i),d&&d.call(i)}}),r.children}return n.__c="__cC"+kt++,n.__=t,n.Provider=(n.Consumer=function(r,o){return r.children(o)}).contextType=n,n}S={__e:function(t,n,r,o){for(var a,i,d;n=n.__;)if((a=n.__c)&&!(1&a.__g)){a.__g|=4;try{if((d=(i=a.constructor)&&i.getDerivedStateFromError)&&a.setState(i.getDerivedStateFromError(t)),a.componentDidCatch&&(a.componentDidCatch(t,o||{}),d=1),d&&8&a.__g)return void(a.__g|=2)}catch(l){t=l}}throw Oe=0,t}},ht=0,vr=function(t){return t!=null&&t.constructor===De},Re.prototype.setState=function(t,n){var r=this.__s;r&&r!=this.state||(r=this.__s=ae({},this.state)),typeof t=="function"&&(t=t(ae({},r),this.props)),t&&(ae(r,t),this.__v&&(n&&this.__k.push(n),ze(this)))},Re.prototype.forceUpdate=function(t){this.__v&&(this.__g|=4,t&&this.__h.push(t),ze(this))},Re.prototype.render=j,ee=[],Oe=0,bt=function(t,n){return t.__v.__b-n.__v.__b},Ee=Symbol(),Dt=/(PointerCapture)$|Capture$/i,Qe=0,He={},kt=0;var se,M,Xe,St,et=Object.is,ve=0,Mt=[],tt=[],U=S,Nt=U.__b,Ct=U.__r,Et=U.diffed,qt=U.__c,Rt=U.unmount,Lt=U.__;function Ae(t,n){U.__h&&U.__h(M,t,ve||n),ve=0;var r=M.__H||(M.__H={__:[],__h:[]});return t>=r.__.length&&r.__.push({}),r.__[t]}function y(t){return ve=1,$r(Vt,t)}function $r(t,n,r){var o=Ae(se++,2);if(o.t=t,!o.__c&&(o.__=[r?r(n):Vt(void 0,n),function(i){var d=(o.__N||o.__)[0],l=o.t(d,i);et(d,l)||(o.__N=[l,o.__[1]],o.__c.setState({}))}],o.__c=M,!M.__f)){M.__f=!0;var a=M.shouldComponentUpdate;M.shouldComponentUpdate=function(i,d,l){var m=this.__H;if(!m)return!0;var f=!1,u=this.props!=i;if(m.__.some(function(k){k.__N&&(f=!0,et(k.__[0],k.__N[0])||(u=!0))}),a){var b=a.call(this,i,d,l);return f?b||u:b}return!f||u}}return o.__}function Q(t,n){var r=Ae(se++,3);!U.__s&&jt(r.__H,n)&&(r.__P=!0,r.__=t,r.u=n,M.__H.__h.push(r))}function _e(t){return ve=5,Bt(function(){return{current:t}},[])}function Bt(t,n){var r=Ae(se++,7);return jt(r.__H,n)&&(r.__=t(),r.__H=n),r.__}function Ut(t,n){return ve=8,Bt(function(){return t},n)}function Wt(t){var n=M.context[t.__c],r=Ae(se++,9);return r.c=t,n?(r.__==null&&(r.__=!0,n.sub(M)),n.props.value):t.__}function le(){var t=Ae(se++,11);if(!t.__){for(var n=M.__v;!n.__m&&n.__;)n=n.__;var r=n.__m||(n.__m=[0,0]);t.__="P"+r[0]+"-"+r[1]++}return t.__}function Sr(){var t;do{for(;t=tt.shift();)try{ke(t)}catch(r){U.__e(r,{__:(t=t.__P)&&t.__v})}for(;t=Mt.shift();){var n=t.__H;if(t.__P&&n)try{n.__h.some(ke),n.__h.some(nt),n.__h=[]}catch(r){n.__h=[],U.__e(r,t.__v)}}}while(tt.length)}U.__b=function(t){M=null,Nt&&Nt(t)},U.__=function(t,n){t&&n.__k&&n.__k.__m&&(t.__m=n.__k.__m),Lt&&Lt(t,n)},U.__r=function(t){Ct&&Ct(t),se=0;var n=(M=t.__c).__H;n&&(Xe==M?M.__h=[]:(n.__h.some(ke),n.__h.some(nt),se=0),n.__h=[],n.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),Xe=M},U.diffed=function(t){Et&&Et(t);var n=t.__c;n&&n.__H&&(n.__H.__h.length&&Ft(Mt.push(n)),n.__H.__.some(function(r){r.u&&(r.__H=r.u)})),Xe=M=null},U.__c=function(t,n){n.some(function(r){try{r.__h.some(ke),r.__h=r.__h.filter(function(o){return!o.__||nt(o)})}catch(o){r.__h=[function(){throw o}]}}),qt&&qt(t,n)},U.unmount=function(t){Rt&&Rt(t);var n,r,o=t.__c;o&&o.__H&&(o.__H.__.some(function(a){try{if(a.__P&&a.__c){if(r===void 0){for(r=t.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}a.__P=r,Ft(tt.push(a))}else ke(a)}catch(i){n=i}}),o.__H=void 0,n&&U.__e(n,o.__v))};var Ot=typeof requestAnimationFrame=="function";function Nr(t){var n,r=function(){clearTimeout(o),Ot&&cancelAnimationFrame(n),setTimeout(t)},o=setTimeout(r,35);Ot&&(n=requestAnimationFrame(r))}function Ft(t){t!=1&&St==U.requestAnimationFrame||((St=U.requestAnimationFrame)||Nr)(Sr)}function ke(t){var n=M,r=t.__c;typeof r=="function"&&(t.__c=void 0,r()),M=n}function nt(t){var n=M;t.__c=t.__(),M=n}function jt(t,n){return!t||t.length!=n.length||n.some(function(r,o){return!et(r,t[o])})}function Vt(t,n){return typeof n=="function"?n(t):n}var Kt="pppdesk.admin.lang",ot=Cr(),rt=new Set;function Cr(){try{return localStorage.getItem(Kt)==="en"?"en":"ja"}catch{return"ja"}}function de(){return ot}function Ht(t){ot=t;try{localStorage.setItem(Kt,t)}catch{}document.documentElement.lang=t,rt.forEach(n=>n())}function zt(t){return rt.add(t),()=>rt.delete(t)}function ue(t,n){return(r,o)=>{let a=(ot==="en"?n[r]:t[r])??String(r);return o?a.replace(/\{(\w+)\}/g,(i,d)=>d in o?String(o[d]):i):a}}var h=ue({appName:"公民連携デスク 管理画面",skipToMain:"本文へ移動",language:"言語",switchLang:"English",signIn:"サインイン",signOut:"サインアウト",signingIn:"サインイン中…",email:"メールアドレス",password:"パスワード",municipality:"自治体（省略可）",municipalityHelp:"複数の自治体を運用しているときだけ、自治体の識別名（例: aomori）を入力します。",signInTitle:"職員サインイン",signedInAs:"{name}（{dept}）",home:"ホーム",mainNav:"メインメニュー",loading:"読み込み中…",retry:"再読み込み",save:"保存",cancel:"キャンセル",ok:"OK",confirm:"確認",close:"閉じる",next:"次へ",prev:"前へ",first:"最初へ",totalCount:"全{n}件",pageInfo:"{from}〜{to}件目 / 全{n}件",empty:"該当するものはありません。",notFound:"お探しのページは見つかりません。",backHome:"ホームへ戻る",required:"必須",yes:"はい",no:"いいえ",proposerOnly:"この管理画面は職員用です。提案者の方は提案用のポータルをご利用ください。",errBadInput:"入力内容を確認してください。",errConflict:"ほかの人が先に変更しました。画面を再読み込みしてからやり直してください。",errForbidden:"この操作を行う権限がありません。",errNotFound:"対象が見つかりません（削除されたか、見る権限がありません）。",errUnauthenticated:"サインインの有効期限が切れました。もう一度サインインしてください。",errRateLimited:"操作が続いたため一時的に受け付けを止めています。少し待ってからやり直してください。",errUnavailable:"サーバーが一時的に応答できません。少し待ってからやり直してください。",errInternal:"サーバーで問題が起きました。時間をおいてやり直し、続く場合はシステム担当へ連絡してください。",errNetwork:"サーバーに接続できません。ネットワークを確認してください。",errField:"項目「{field}」",serverSays:"サーバーからの説明: {msg}",loginFailed:"メールアドレスまたはパスワードが違います。"},{appName:"PPP Desk Admin",skipToMain:"Skip to main content",language:"Language",switchLang:"日本語",signIn:"Sign in",signOut:"Sign out",signingIn:"Signing in…",email:"Email",password:"Password",municipality:"Municipality (optional)",municipalityHelp:"Only when the server runs several municipalities: its identifier (e.g. aomori).",signInTitle:"Staff sign-in",signedInAs:"{name} ({dept})",home:"Home",mainNav:"Main menu",loading:"Loading…",retry:"Reload",save:"Save",cancel:"Cancel",ok:"OK",confirm:"Confirm",close:"Close",next:"Next",prev:"Previous",first:"First page",totalCount:"{n} in total",pageInfo:"{from}–{to} of {n}",empty:"Nothing matches.",notFound:"This page does not exist.",backHome:"Back to home",required:"required",yes:"Yes",no:"No",proposerOnly:"This admin is for staff. Proposers please use the proposal portal.",errBadInput:"Please check your input.",errConflict:"Someone changed this first. Reload the page and try again.",errForbidden:"You may not do this.",errNotFound:"Not found (deleted, or you may not see it).",errUnauthenticated:"Your sign-in has expired. Please sign in again.",errRateLimited:"Too many attempts for now. Wait a little and try again.",errUnavailable:"The server cannot answer right now. Try again shortly.",errInternal:"The server had a problem. Try again later; if it persists, contact the system administrator.",errNetwork:"Cannot reach the server. Check the network.",errField:'Field "{field}"',serverSays:"Server: {msg}",loginFailed:"Wrong email or password."});var it="pppdesk.admin.token";function Ie(){try{return sessionStorage.getItem(it)}catch{return null}}function pe(t){try{t?sessionStorage.setItem(it,t):sessionStorage.removeItem(it)}catch{}at.forEach(n=>n(t!==null))}var at=new Set;function Qt(t){return at.add(t),()=>at.delete(t)}var Gt=new URL("../",location.href),Er=new URL("graphql",Gt),W=class extends Error{constructor(r,o,a){super(o);this.code=r;this.serverMessage=o;this.field=a}code;serverMessage;field;clerkMessage(){let o=[{BAD_USER_INPUT:h("errBadInput"),CONFLICT:h("errConflict"),FORBIDDEN:h("errForbidden"),NOT_FOUND:h("errNotFound"),UNAUTHENTICATED:h("errUnauthenticated"),RATE_LIMITED:h("errRateLimited"),UNAVAILABLE:h("errUnavailable"),INTERNAL:h("errInternal"),NETWORK:h("errNetwork")}[this.code]];return this.field&&o.push(h("errField",{field:this.field})),this.serverMessage&&this.code!=="INTERNAL"&&this.code!=="NETWORK"&&o.push(h("serverSays",{msg:this.serverMessage})),o.join(" ")}};function Yt(t){return t instanceof W?t.clerkMessage():h("errInternal")}var qr=new Set(["BAD_USER_INPUT","CONFLICT","FORBIDDEN","NOT_FOUND","UNAUTHENTICATED","RATE_LIMITED","UNAVAILABLE","INTERNAL"]);function Rr(t){let n=t.extensions?.code??"INTERNAL";return new W(qr.has(n)?n:"INTERNAL",t.message,t.extensions?.field)}async function Jt(t,n){let r=Ie();r&&(n.Authorization=`Bearer ${r}`),n.Accept="application/graphql-response+json, application/json";let o;try{o=await fetch(Er,{...t,headers:n,credentials:"omit",cache:"no-store"})}catch{throw new W("NETWORK","")}let a;try{a=await o.json()}catch{throw new W(o.status>=500?"UNAVAILABLE":"NETWORK",`HTTP ${o.status}`)}if(a.errors&&a.errors.length>0){let i=Rr(a.errors[0]);throw i.code==="UNAUTHENTICATED"&&r&&pe(null),i}if(!a.data)throw new W("INTERNAL",`HTTP ${o.status}`);return a.data}function C(t,n,r={}){let o={"Content-Type":"application/json"};return r.municipality&&(o["X-Municipality"]=r.municipality),Jt({method:"POST",body:JSON.stringify({query:t.toString(),variables:n})},o)}function Zt(t,n,r){let o=new FormData;o.append("operations",JSON.stringify({query:t.toString(),variables:n}));let a={};return r.forEach((i,d)=>a[String(d)]=[i.path]),o.append("map",JSON.stringify(a)),r.forEach((i,d)=>o.append(String(d),i.file,i.file.name)),Jt({method:"POST",body:o},{"GraphQL-Require-Preflight":"1"})}function Lr(t){return new URL(t.replace(/^\/+/,""),Gt)}async function Xt(t,n){let r=Ie(),o;try{o=await fetch(Lr(t),{headers:r?{Authorization:`Bearer ${r}`}:{},credentials:"omit"})}catch{throw new W("NETWORK","")}if(o.status===401)throw pe(null),new W("UNAUTHENTICATED","");if(o.status===403)throw new W("FORBIDDEN","");if(o.status===404)throw new W("NOT_FOUND","");if(!o.ok)throw new W(o.status===429?"RATE_LIMITED":"UNAVAILABLE",`HTTP ${o.status}`);let a=URL.createObjectURL(await o.blob()),i=document.createElement("a");i.href=a,i.download=n,document.body.appendChild(i),i.click(),i.remove(),setTimeout(()=>URL.revokeObjectURL(a),1e4)}var T=class extends String{__apiType;value;__meta__;constructor(n,r){super(n),this.value=n,this.__meta__=r}toString(){return this.value}},en=new T(`
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
    `,{fragmentName:"InboxRow"}),tn=new T(`
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
    `,{fragmentName:"ProposalPageFields"}),nn=new T(`
    mutation Logout {
  logout
}
    `),rn=new T(`
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
    `),on=new T(`
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
    `),an=new T(`
    mutation DeskCreateStaff($input: StaffAccountInput!) {
  createStaffAccount(input: $input) {
    id
    displayName
  }
}
    `),sn=new T(`
    mutation DeskDisableAccount($id: ID!) {
  disableAccount(id: $id) {
    id
    disabled
  }
}
    `),ln=new T(`
    mutation DeskEnableAccount($id: ID!) {
  enableAccount(id: $id) {
    id
    disabled
  }
}
    `),dn=new T(`
    query DeskAuditLog($first: Int, $after: String) {
  auditLog(first: $first, after: $after) {
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
    `),pn=new T(`
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
    `),un=new T(`
    mutation DeskDepartmentCreate($input: DepartmentInput!) {
  createDepartment(input: $input) {
    id
    name
  }
}
    `),cn=new T(`
    mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
  updateDepartment(id: $id, input: $input, version: $version) {
    id
    name
    version
  }
}
    `),mn=new T(`
    mutation DeskDepartmentDelete($id: ID!) {
  deleteDepartment(id: $id)
}
    `),gn=new T(`
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
    `),fn=new T(`
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
    `),yn=new T(`
    mutation DeskInquiryClose($id: ID!) {
  closeInquiry(id: $id) {
    id
    status
  }
}
    `),hn=new T(`
    query DeskRights {
  permissions {
    resource
    action
  }
}
    `),bn=new T(`
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
    `),Dn=new T(`
    query DeskWebhooks {
  webhooks {
    id
    url
    events
    active
    createdAt
  }
}
    `),kn=new T(`
    mutation DeskWebhookRegister($input: WebhookInput!) {
  registerWebhook(input: $input) {
    id
    url
  }
}
    `),vn=new T(`
    mutation DeskWebhookDelete($id: ID!) {
  deleteWebhook(id: $id)
}
    `),An=new T(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
  }
}
    `),_n=new T(`
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
}`),In=new T(`
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
}`),Pn=new T(`
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
}`),wn=new T(`
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
}`),xn=new T(`
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
    `),Tn=new T(`
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
    `),$n=new T(`
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
}`),Sn=new T(`
    mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `),Nn=new T(`
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
}`),Cn=new T(`
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
    `),En=new T(`
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
}`),qn=new T(`
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
    `);var Fr={"\n  mutation Logout {\n    logout\n  }\n":nn,"\n  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          disabled\n          createdAt\n          department {\n            id\n            name\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":rn,"\n  query DeskAccountDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n":on,"\n  mutation DeskCreateStaff($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n      displayName\n    }\n  }\n":an,"\n  mutation DeskDisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":sn,"\n  mutation DeskEnableAccount($id: ID!) {\n    enableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":ln,"\n  query DeskAuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          actor {\n            id\n            displayName\n          }\n          action\n          targetType\n          targetId\n          changes\n          at\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":dn,"\n  query DeskDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        kind\n        version\n        parent {\n          id\n        }\n      }\n    }\n  }\n":pn,"\n  mutation DeskDepartmentCreate($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n    }\n  }\n":un,"\n  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {\n    updateDepartment(id: $id, input: $input, version: $version) {\n      id\n      name\n      version\n    }\n  }\n":cn,"\n  mutation DeskDepartmentDelete($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n":mn,"\n  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {\n    inquiries(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          affiliation\n          name\n          subject\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":gn,"\n  query DeskInquiry($id: ID!) {\n    node(id: $id) {\n      ... on Inquiry {\n        id\n        affiliation\n        name\n        email\n        phone\n        subject\n        body\n        status\n        createdAt\n      }\n    }\n  }\n":fn,"\n  mutation DeskInquiryClose($id: ID!) {\n    closeInquiry(id: $id) {\n      id\n      status\n    }\n  }\n":yn,"\n  query DeskRights {\n    permissions {\n      resource\n      action\n    }\n  }\n":hn,"\n  query DeskWebhookDeliveries($first: Int) {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n      deliveries(first: $first) {\n        id\n        event\n        status\n        attempts\n        lastStatusCode\n        lastError\n        nextAttemptAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n":bn,"\n  query DeskWebhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n  }\n":Dn,"\n  mutation DeskWebhookRegister($input: WebhookInput!) {\n    registerWebhook(input: $input) {\n      id\n      url\n    }\n  }\n":kn,"\n  mutation DeskWebhookDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n":vn,"\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n":An,"\n  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {\n    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":_n,"\n  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {\n    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":In,"\n  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {\n    decideProposal(id: $id, decision: $decision, reason: $reason) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Pn,"\n  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {\n    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":wn,"\n  query ProposalAssignDepartments {\n    municipality {\n      departments {\n        id\n        name\n        kind\n        parent {\n          id\n        }\n      }\n    }\n  }\n":xn,"\n  query ProposalLinkOutcomes {\n    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":Tn,"\n  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {\n    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":$n,"\n  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n":Sn,"\n  fragment InboxRow on Proposal {\n    id\n    title\n    kind\n    status\n    submittedAt\n    organization {\n      name\n    }\n    challenge {\n      title\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      respondedAt\n    }\n  }\n":en,"\n  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxRow\n        }\n      }\n    }\n  }\n":Nn,"\n  query InboxOptions {\n    municipality {\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n    challenges(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":Cn,"\n  fragment ProposalPageFields on Proposal {\n    id\n    kind\n    title\n    summary\n    body\n    desiredScheme\n    status\n    version\n    submittedAt\n    decidedAt\n    createdAt\n    challenge {\n      id\n      title\n    }\n    organization {\n      name\n    }\n    resources {\n      side\n      kind\n      description\n    }\n    merits {\n      side\n      description\n    }\n    contact {\n      affiliation\n      name\n      email\n      phone\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      opinion\n      feasible\n      respondedAt\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      reason\n      at\n      actor {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      messageId\n      downloadUrl\n      createdAt\n    }\n    project {\n      id\n      title\n    }\n    agreement {\n      id\n      title\n    }\n  }\n":tn,"\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n":En,"\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n  }\n":qn};function _(t){return Fr[t]??{}}function E(t,n,r=!1){let o=JSON.stringify(n),[a,i]=y(void 0),[d,l]=y(void 0),[m,f]=y(!r),u=_e(0),b=Ut(async()=>{if(r)return;let k=++u.current;f(!0);try{let s=await C(t,JSON.parse(o));k===u.current&&(i(s),l(void 0))}catch(s){k===u.current&&l(s instanceof W?s:new W("INTERNAL",String(s)))}finally{k===u.current&&f(!1)}},[t,o,r]);return Q(()=>{b()},[b]),{data:a,error:d,loading:m,reload:b}}function L(t){let[n,r]=y(!1),[o,a]=y(void 0);return{run:async(...d)=>{r(!0),a(void 0);try{return await t(...d)}catch(l){a(l instanceof W?l:new W("INTERNAL",String(l)));return}finally{r(!1)}},busy:n,error:o,clear:()=>a(void 0)}}function Rn(){let t=location.hash.replace(/^#/,"")||"/",n=t.indexOf("?");return n<0?{path:t,query:new URLSearchParams}:{path:t.slice(0,n),query:new URLSearchParams(t.slice(n+1))}}function Ln(){let[t,n]=y(Rn);return Q(()=>{let r=()=>n(Rn());return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),t}function q(t,n){let r=new URLSearchParams;for(let[a,i]of Object.entries(n??{}))i&&r.set(a,i);let o=r.toString();return`#${t}${o?`?${o}`:""}`}function ne(t,n){location.hash=q(t,n)}function Mr(t,n){let r=t.split("/").filter(Boolean),o=n.split("/").filter(Boolean);if(r.length!==o.length)return null;let a={};for(let i=0;i<r.length;i++){let d=r[i];if(d.startsWith(":"))a[d.slice(1)]=decodeURIComponent(o[i]);else if(d!==o[i])return null}return a}function On(t,n){for(let r of t){let o=Mr(r.path,n);if(o)return{route:r,params:o}}return null}var Fn=_(`
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
`);function Pe(t,n){return!n||!t.permissions?!0:t.permissions.some(r=>r.resource===n.resource&&r.action===n.action)}var st=$t(null);function Be(){let t=Wt(st);if(!t)throw new Error("useViewer outside a signed-in app");return t}var Br=Symbol.for("pv"),Ur=0;function e(t,n,r,o,a,i){n||(n={});var d,l,m=n;if("ref"in m&&typeof t!="function")for(l in m={},n)l=="ref"?d=n[l]:m[l]=n[l];var f={type:t,props:m,key:r,ref:d,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Br,__v:--Ur,__i:-1,__u:0};return(a||i)&&(f.__source=a,f.__self=i),S.vnode&&S.vnode(f),f}function Mn(){let t=Be(),n=we.filter(r=>r.nav&&r.path!=="/"&&Pe(t,r.permission)).sort((r,o)=>r.nav.order-o.nav.order);return e("section",{children:[e("h1",{children:h("home")}),e("p",{children:[t.municipality.deskName," — ",t.me.displayName]}),e("ul",{class:"tiles",children:n.map(r=>e("li",{children:e("a",{class:"tile",href:q(r.path),children:r.nav.label()})},r.path))})]})}var c=ue({navInbox:"提案の受付",inboxTitle:"提案の受付",inboxCaption:"提案の一覧",attentionTitle:"要対応",attentionHelp:"未読の対話がある提案と、担当課の回答期限を過ぎた提案です。",attentionCaption:"要対応の提案",attentionNone:"要対応の提案はありません。",statusTabs:"状態で絞り込み",all:"すべて",filters:"絞り込み",search:"キーワード（件名・概要・内容）",kind:"種類",challenge:"対象の行政課題",department:"担当課",submittedFrom:"提出日（から）",submittedTo:"提出日（まで）",submittedRange:"提出日",apply:"絞り込む",reset:"条件をクリア",any:"指定しない",onlyAttention:"要対応のみ",colTitle:"件名",colProposer:"提案者",colKind:"種類",colStatus:"状態",colSubmitted:"提出日",colAssigned:"担当課（回答期限）",colFlags:"お知らせ",unread:"未読 {n}件",overdue:"回答期限超過",notSubmitted:"未提出",kindFREE:"自由提案",kindCHALLENGE:"課題提案",statusDRAFT:"下書き",statusSUBMITTED:"提出済み",statusIN_DIALOGUE:"対話・庁内調整中",statusACCEPTED:"採択",statusDECLINED:"不採択",statusWITHDRAWN:"取下げ",back:"提案の一覧へ戻る",notFound:"この提案は見つかりません（削除されたか、見る権限がありません）。",secContent:"提案の内容",summary:"概要",body:"内容",desiredScheme:"希望する連携手法",organization:"提案者",resources:"双方が提供するもの（リソース）",resourcesCaption:"提供リソース（ヒト・モノ・カネ・情報）",side:"提供する側",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",merits:"期待されるメリット",meritFor:"{side}のメリット",contact:"連絡先",affiliation:"所属",contactName:"氏名",phone:"電話番号",email:"メールアドレス",none:"（なし）",dates:"日付",submittedAt:"提出日時",decidedAt:"採否の決定日時",createdAt:"作成日時",secAttachments:"添付ファイル",download:"{name} をダウンロード",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",noAttachments:"添付ファイルはありません。",onMessage:"（対話のメッセージに添付）",attach:"ファイルを添付",attachFile:"添付するファイル",attached:"{name} を添付しました。",secAssignments:"担当課への検討依頼",noAssignments:"担当課への依頼はまだありません。",assignmentsCaption:"担当課への依頼と回答",dueOn:"回答期限",feasible:"実施可否",feasibleYes:"実施可能",feasibleNo:"実施困難",notAnswered:"未回答",answered:"回答済み",opinion:"意見",respondedAt:"回答日時",secDialogue:"対話",dialogueHelp:"提案者とのメッセージは提案者にも見えます。庁内メモは職員（デスク・担当課）だけが見られます。",noMessages:"メッセージはまだありません。",sharedMessage:"提案者とのメッセージ",internalNote:"庁内メモ",internalNoteHint:"提案者には見えません",postKind:"投稿の種類",postBody:"本文",post:"投稿する",posted:"投稿しました。",postedNote:"庁内メモを投稿しました。",secHistory:"履歴",historyCaption:"提案の履歴",colWhen:"日時",colAction:"操作",colChange:"状態の変化",colActor:"行為者",colReason:"理由・内容",actCREATE:"作成",actUPDATE:"更新",actSUBMIT:"提出",actASSIGN:"担当課へ依頼",actRESPOND:"担当課が回答",actDECIDE:"採否の決定",actWITHDRAW:"取下げ",actLINK:"事業・協定の結び付け",actorPROPOSER:"提案者",actorDEPARTMENT:"担当課",actorDESK:"デスク",secActions:"手続き",noActions:"この提案に対して、いまあなたができる手続きはありません。",assignTitle:"担当課に検討を依頼する",assignHelp:"依頼する担当課を選び、回答期限を決めます。",assignDepartments:"依頼する担当課",assignDue:"回答期限（省略可）",assignSubmit:"依頼する",assigned:"担当課に依頼しました。",assignPick:"担当課を1つ以上選んでください。",respondTitle:"検討結果を回答する",respondOpinion:"意見",respondFeasible:"実施可否",respondSubmit:"回答する",responded:"回答しました。",opinionRequired:"意見を入力してください。",decideTitle:"採否を決める",decision:"採否",decideAccept:"採択する",decideDecline:"不採択とする",reason:"理由",reasonHelp:"理由は提案者にも伝わります。",reasonRequired:"理由を入力してください。",decideSubmit:"決定する",decideConfirm:"「{title}」を{decision}。よろしいですか？",decideConfirmTitle:"採否の確認",decided:"採否を決定しました。",linkTitle:"成果の事業・協定を結び付ける",linkHelp:"採択した提案から生まれた連携事業・協定を選ぶか、新しく下書きを作ります。",linkProject:"連携事業",linkAgreement:"連携協定",linkExisting:"既存のものを選ぶ",linkNew:"新しく下書きを作る",linkNone:"結び付けない",linkPick:"選択してください",newKind:"種類",newTitle:"名称（省略時は提案の件名）",linkSubmit:"結び付ける",linked:"結び付けました。",linkNothing:"事業か協定を1つ以上指定してください。",currentProject:"結び付いた連携事業",currentAgreement:"結び付いた連携協定",projPARTNERSHIP:"パートナーシップ事業",projDEMONSTRATION:"実証実験サポート事業",agrBUSINESS:"事業連携協定",agrCOMPREHENSIVE:"包括連携協定",agrMEMORANDUM:"覚書"},{navInbox:"Proposals",inboxTitle:"Proposal inbox",inboxCaption:"Proposals",attentionTitle:"Needs attention",attentionHelp:"Proposals with unread dialogue, and proposals whose department answer is overdue.",attentionCaption:"Proposals needing attention",attentionNone:"Nothing needs attention.",statusTabs:"Filter by status",all:"All",filters:"Filters",search:"Keywords (title, summary, body)",kind:"Kind",challenge:"Challenge answered",department:"Department",submittedFrom:"Submitted from",submittedTo:"Submitted until",submittedRange:"Submission date",apply:"Apply",reset:"Clear filters",any:"Any",onlyAttention:"Needs attention only",colTitle:"Title",colProposer:"Proposer",colKind:"Kind",colStatus:"Status",colSubmitted:"Submitted",colAssigned:"Departments (due)",colFlags:"Alerts",unread:"{n} unread",overdue:"Overdue",notSubmitted:"Not submitted",kindFREE:"Free proposal",kindCHALLENGE:"Challenge proposal",statusDRAFT:"Draft",statusSUBMITTED:"Submitted",statusIN_DIALOGUE:"In dialogue",statusACCEPTED:"Accepted",statusDECLINED:"Declined",statusWITHDRAWN:"Withdrawn",back:"Back to the proposals",notFound:"This proposal was not found (deleted, or you may not see it).",secContent:"Proposal",summary:"Summary",body:"Details",desiredScheme:"Desired scheme",organization:"Proposer",resources:"What each side contributes",resourcesCaption:"Resources (people, goods, money, information)",side:"Side",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",merits:"Expected merits",meritFor:"For the {side}",contact:"Contact",affiliation:"Affiliation",contactName:"Name",phone:"Phone",email:"Email",none:"(none)",dates:"Dates",submittedAt:"Submitted",decidedAt:"Decided",createdAt:"Created",secAttachments:"Attachments",download:"Download {name}",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",noAttachments:"No attachments.",onMessage:"(attached to a message)",attach:"Attach a file",attachFile:"File to attach",attached:"Attached {name}.",secAssignments:"Requests to departments",noAssignments:"No department has been asked yet.",assignmentsCaption:"Requests and answers",dueOn:"Due",feasible:"Feasible",feasibleYes:"Feasible",feasibleNo:"Not feasible",notAnswered:"Not answered",answered:"Answered",opinion:"Opinion",respondedAt:"Answered",secDialogue:"Dialogue",dialogueHelp:"Messages are seen by the proposer. Internal notes are seen by staff (desk and departments) only.",noMessages:"No messages yet.",sharedMessage:"Message to the proposer",internalNote:"Internal note",internalNoteHint:"not shown to the proposer",postKind:"Kind of post",postBody:"Text",post:"Post",posted:"Posted.",postedNote:"Internal note posted.",secHistory:"History",historyCaption:"History of the proposal",colWhen:"When",colAction:"Action",colChange:"Status change",colActor:"By",colReason:"Reason / detail",actCREATE:"Created",actUPDATE:"Updated",actSUBMIT:"Submitted",actASSIGN:"Assigned to departments",actRESPOND:"Department answered",actDECIDE:"Decided",actWITHDRAW:"Withdrawn",actLINK:"Linked to project/agreement",actorPROPOSER:"Proposer",actorDEPARTMENT:"Department",actorDESK:"Desk",secActions:"Actions",noActions:"There is nothing you can do on this proposal now.",assignTitle:"Ask departments to review",assignHelp:"Choose the departments and a due date for their answer.",assignDepartments:"Departments to ask",assignDue:"Due date (optional)",assignSubmit:"Send request",assigned:"The departments were asked.",assignPick:"Choose at least one department.",respondTitle:"Answer the request",respondOpinion:"Opinion",respondFeasible:"Feasible?",respondSubmit:"Send answer",responded:"Answer sent.",opinionRequired:"Please write an opinion.",decideTitle:"Decide",decision:"Decision",decideAccept:"Accept",decideDecline:"Decline",reason:"Reason",reasonHelp:"The proposer sees the reason.",reasonRequired:"Please give a reason.",decideSubmit:"Decide",decideConfirm:'Decide "{title}": {decision}. Continue?',decideConfirmTitle:"Confirm the decision",decided:"Decision recorded.",linkTitle:"Link the resulting project or agreement",linkHelp:"Choose the project or agreement that came from this accepted proposal, or create a draft.",linkProject:"Project",linkAgreement:"Agreement",linkExisting:"Choose an existing one",linkNew:"Create a draft",linkNone:"Do not link",linkPick:"Choose",newKind:"Kind",newTitle:"Title (the proposal's title when empty)",linkSubmit:"Link",linked:"Linked.",linkNothing:"Give a project or an agreement.",currentProject:"Linked project",currentAgreement:"Linked agreement",projPARTNERSHIP:"Partnership project",projDEMONSTRATION:"Supported field trial",agrBUSINESS:"Business agreement",agrCOMPREHENSIVE:"Comprehensive agreement",agrMEMORANDUM:"Memorandum"});var Ue="Asia/Tokyo",Wr=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:Ue}),jr=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}),Vr=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",timeZone:Ue}),Bn=new Intl.DateTimeFormat("ja-JP",{hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:Ue}),Kr=new Intl.DateTimeFormat("en-GB",{year:"numeric",month:"short",day:"numeric",timeZone:Ue});function Un(t){return t.replace(/(\D)1年/,"$1元年")}function ce(t){if(!t)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(!n)return t;let r=new Date(Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3])));return de()==="en"?t:`${Un(jr.format(r))}（${t}）`}function R(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return t;let r=Vr.format(n);return de()==="en"?`${Kr.format(n)} ${Bn.format(n)}`:`${Un(Wr.format(n))}（${r}）${Bn.format(n)}`}function O({tone:t="neutral",icon:n,children:r,testid:o}){return e("span",{class:`badge badge-${t}`,"data-testid":o,children:[n&&e("span",{"aria-hidden":"true",children:[n," "]}),r]})}function P({error:t,onRetry:n,retryLabel:r}){return t?e("div",{class:"banner banner-error",role:"alert",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:Yt(t)}),n&&e("button",{type:"button",class:"btn btn-small",onClick:n,children:r})]}):null}function V({children:t}){return t?e("div",{class:"banner banner-notice",role:"status",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"✓"}),e("span",{children:t})]}):null}function K({label:t}){return e("p",{class:"loading",role:"status","aria-live":"polite",children:t})}function I({variant:t="secondary",busy:n,disabled:r,children:o,type:a,...i}){return e("button",{...i,type:a??"button",class:`btn btn-${t}`,disabled:r||n,"aria-busy":n?"true":void 0,children:o})}function lt({id:t,label:n,required:r}){return e("label",{for:t,children:[n,r&&e("span",{class:"required",children:[" （",h("required"),"）"]})]})}function We(t,n,r){return[n?`${t}-help`:"",r?`${t}-err`:""].filter(Boolean).join(" ")||void 0}function je({id:t,help:n,error:r}){return e(j,{children:[n&&e("p",{class:"help",id:`${t}-help`,children:n}),r&&e("p",{class:"field-error",id:`${t}-err`,children:r})]})}function F(t){let n=le();return e("div",{class:"field",children:[e(lt,{id:n,label:t.label,required:t.required}),e("input",{id:n,name:t.name,type:t.type??"text",value:t.value,required:t.required,autocomplete:t.autocomplete,maxLength:t.maxLength,"aria-invalid":t.error?"true":void 0,"aria-describedby":We(n,t.help,t.error),"data-testid":t.testid,onInput:r=>t.onInput(r.currentTarget.value)}),e(je,{id:n,help:t.help,error:t.error})]})}function xe(t){let n=le();return e("div",{class:"field",children:[e(lt,{id:n,label:t.label,required:t.required}),e("textarea",{id:n,name:t.name,rows:t.rows??4,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":We(n,t.help,t.error),"data-testid":t.testid,onInput:r=>t.onInput(r.currentTarget.value)}),e(je,{id:n,help:t.help,error:t.error})]})}function B(t){let n=le();return e("div",{class:"field",children:[e(lt,{id:n,label:t.label,required:t.required}),e("select",{id:n,name:t.name,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":We(n,t.help,t.error),"data-testid":t.testid,onChange:r=>t.onChange(r.currentTarget.value),children:t.options.map(r=>e("option",{value:r.value,children:r.label},r.value))}),e(je,{id:n,help:t.help,error:t.error})]})}function Wn(t){let n=le();return e("div",{class:"field field-check",children:[e("input",{id:n,type:"checkbox",name:t.name,checked:t.checked,"aria-describedby":We(n,t.help,t.error),"data-testid":t.testid,onChange:r=>t.onChange(r.currentTarget.checked)}),e("label",{for:n,children:t.label}),e(je,{id:n,help:t.help,error:t.error})]})}function z({legend:t,children:n,class:r}){return e("fieldset",{class:`fieldset ${r??""}`,children:[e("legend",{children:t}),n]})}function re(t){let[n,r]=y([]);Q(()=>r([]),[t.resetKey]);let o=t.page?.edges??[],a=n.length*t.pageSize+1;return e("div",{class:"table-wrap",children:[e("table",{class:"table","data-testid":t.testid,children:[e("caption",{children:t.caption}),e("thead",{children:e("tr",{children:t.columns.map(i=>e("th",{scope:"col",class:i.class,children:i.header}))})}),e("tbody",{children:[o.length===0&&e("tr",{children:e("td",{colSpan:t.columns.length,children:h("empty")})}),o.map(i=>e("tr",{children:t.columns.map(d=>e("td",{class:d.class,children:d.cell(i.node)}))},t.rowKey(i.node)))]})]}),t.page&&e("nav",{class:"pager","aria-label":t.caption,children:[e("span",{role:"status",children:o.length>0?h("pageInfo",{from:a,to:a+o.length-1,n:t.page.totalCount}):h("totalCount",{n:t.page.totalCount})}),e(I,{disabled:n.length===0,onClick:()=>{let i=n.slice(0,-1);r(i),t.onAfter(n[n.length-1]??null)},children:["← ",h("prev")]}),e(I,{disabled:!t.page.pageInfo.hasNextPage,onClick:()=>{r([...n,t.after]),t.onAfter(t.page?.pageInfo.endCursor??null)},children:[h("next")," →"]})]})]})}function Hr(t){return c(`status${t}`)}function me(t){return c(`kind${t}`)}var zr={DRAFT:"neutral",SUBMITTED:"info",IN_DIALOGUE:"warning",ACCEPTED:"success",DECLINED:"danger",WITHDRAWN:"neutral"};function Ve({status:t}){return e(O,{tone:zr[t],testid:"proposal-status",children:Hr(t)})}var jn=["SUBMITTED","IN_DIALOGUE","ACCEPTED","DECLINED","WITHDRAWN","DRAFT"];function Vn(t){return t<1024?c("bytes",{n:t}):t<1024*1024?c("kb",{n:(t/1024).toFixed(1)}):c("mb",{n:(t/1024/1024).toFixed(1)})}_(`
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
`);var Qr=_(`
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
`),Gr=_(`
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
`),Kn=20,Yr=["status","kind","challenge","department","from","to","q"];function Jr(t){let n={};for(let r of Yr){let o=t.get(r);o&&(n[r]=o)}return n}function Zr(t){let n={};return t.status&&(n.status=t.status),t.kind&&(n.kind=t.kind),t.challenge&&(n.challengeId=t.challenge),t.department&&(n.departmentId=t.department),(t.from||t.to)&&(n.submittedOn={from:t.from||null,to:t.to||null}),t.q&&(n.search=t.q),n}function Xr(t){let n=new Map;return t.map(r=>{let o=r.parent?(n.get(r.parent.id)??0)+1:0;return n.set(r.id,o),{value:r.id,label:`${"　".repeat(o)}${r.name}`}})}function Hn({query:t}){let n=Jr(t),[r,o]=y(n),[a,i]=y(null),d=Zr(n),l=JSON.stringify(d),m=E(Qr,{first:Kn,after:a,filter:d}),f=E(Gr,{}),u=s=>D=>o({...r,[s]:D}),b=s=>{i(null),ne("/proposals",s)},k=[{header:c("colTitle"),cell:s=>e("a",{href:q(`/proposals/${encodeURIComponent(s.id)}`),"data-testid":"proposal-link",children:s.title})},{header:c("colProposer"),cell:s=>s.organization?.name??""},{header:c("colKind"),cell:s=>s.kind==="CHALLENGE"&&s.challenge?`${me(s.kind)}：${s.challenge.title}`:me(s.kind)},{header:c("colStatus"),cell:s=>e(Ve,{status:s.status})},{header:c("colSubmitted"),cell:s=>s.submittedAt?R(s.submittedAt):c("notSubmitted")},{header:c("colAssigned"),cell:s=>e("ul",{class:"plain",children:s.assignments.map(D=>e("li",{children:[D.department.name,D.dueOn&&`（${ce(D.dueOn)}）`,D.respondedAt&&e(O,{tone:"success",children:c("answered")})]},D.department.id))})}];return e("section",{children:[e("h1",{children:c("inboxTitle")}),e("nav",{"aria-label":c("statusTabs"),class:"tabs",children:e("ul",{children:[e("li",{children:e("a",{href:q("/proposals",{...n,status:void 0}),"aria-current":n.status?void 0:"page",children:c("all")})}),jn.map(s=>e("li",{children:e("a",{href:q("/proposals",{...n,status:s}),"aria-current":n.status===s?"page":void 0,"data-testid":`status-tab-${s}`,children:c(`status${s}`)})},s))]})}),e("form",{class:"filters",role:"search",onSubmit:s=>{s.preventDefault(),b(r)},children:[e(z,{legend:c("filters"),class:"filters-grid",children:[e(F,{label:c("search"),type:"search",value:r.q??"",onInput:u("q"),testid:"filter-search"}),e(B,{label:c("kind"),value:r.kind??"",onChange:u("kind"),options:[{value:"",label:c("any")},...["FREE","CHALLENGE"].map(s=>({value:s,label:me(s)}))]}),e(B,{label:c("challenge"),value:r.challenge??"",onChange:u("challenge"),options:[{value:"",label:c("any")},...f.data?.challenges.edges.map(s=>({value:s.node.id,label:s.node.title}))??[]]}),e(B,{label:c("department"),value:r.department??"",onChange:u("department"),options:[{value:"",label:c("any")},...Xr(f.data?.municipality.departments??[])],testid:"filter-department"}),e(F,{label:c("submittedFrom"),type:"date",value:r.from??"",onInput:u("from")}),e(F,{label:c("submittedTo"),type:"date",value:r.to??"",onInput:u("to")})]}),e("div",{class:"actions",children:[e(I,{type:"submit",variant:"primary","data-testid":"filter-apply",children:c("apply")}),e(I,{onClick:()=>{o({}),b({})},children:c("reset")})]})]}),e(P,{error:m.error,onRetry:()=>{m.reload()},retryLabel:h("retry")}),m.loading&&!m.data&&e(K,{label:h("loading")}),m.data&&e(re,{caption:c("inboxCaption"),columns:k,page:m.data.proposals,after:a,onAfter:i,resetKey:l,rowKey:s=>s.id,pageSize:Kn,testid:"inbox-table"})]})}function J(t){let n=_e(null),r=le(),o=_e(null);return Q(()=>{let a=n.current;a&&(t.open&&!a.open?(o.current=document.activeElement,a.showModal()):!t.open&&a.open&&(a.close(),o.current instanceof HTMLElement&&o.current.focus()))},[t.open]),e("dialog",{ref:n,class:"dialog","aria-labelledby":r,onCancel:a=>{a.preventDefault(),t.onCancel()},children:[e("h2",{id:r,children:t.title}),e("div",{class:"dialog-body",children:t.children}),e("div",{class:"actions",children:[e(I,{variant:t.danger?"danger":"primary",busy:t.busy,onClick:t.onConfirm,"data-testid":"confirm-ok",children:t.confirmLabel??h("ok")}),e(I,{onClick:t.onCancel,children:h("cancel")})]})]})}function dt(t){return new Set(["ASSIGN","RESPOND","DECIDE","LINK","MESSAGE","INTERNAL_NOTE","ATTACH"])}var eo=_(`
  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),to=_(`
  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),no=_(`
  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
    decideProposal(id: $id, decision: $decision, reason: $reason) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),ro=_(`
  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),oo=_(`
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
`),io=_(`
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
`);function zn({p:t,actions:n,onChange:r}){let o=["ASSIGN","RESPOND","DECIDE","LINK"].some(a=>n.has(a));return e("div",{class:"panel",children:[e("h2",{id:"actions-title",children:c("secActions")}),!o&&e("p",{class:"muted",children:c("noActions")}),n.has("ASSIGN")&&e(ao,{p:t,onChange:r}),n.has("RESPOND")&&e(so,{p:t,onChange:r}),n.has("DECIDE")&&e(lo,{p:t,onChange:r}),n.has("LINK")&&e(po,{p:t,onChange:r})]})}function ao({p:t,onChange:n}){let r=E(oo,{}),[o,a]=y(new Set),[i,d]=y(""),[l,m]=y(""),[f,u]=y(!1),b=L(async()=>{let A=await C(eo,{id:t.id,departmentIds:[...o],dueOn:i||null});a(new Set),m(c("assigned")),n(A.assignProposal.proposal)}),k=new Set(t.assignments.map(A=>A.department.id)),s=new Map,D=(r.data?.municipality.departments??[]).map(A=>{let g=A.parent?(s.get(A.parent.id)??0)+1:0;return s.set(A.id,g),{...A,depth:Math.min(g,3)}});return e("section",{class:"action","aria-labelledby":"assign-title","data-testid":"assign-form",children:[e("h3",{id:"assign-title",children:c("assignTitle")}),e("p",{class:"help",children:c("assignHelp")}),e("form",{onSubmit:A=>{if(A.preventDefault(),m(""),o.size===0){u(!0);return}u(!1),b.run()},children:[e(z,{legend:c("assignDepartments"),class:"tree",children:[e(P,{error:r.error}),e("ul",{class:"plain",children:D.map(A=>e("li",{class:`depth-${A.depth}`,children:e("label",{class:"check",children:[e("input",{type:"checkbox",checked:k.has(A.id)||o.has(A.id),disabled:k.has(A.id),onChange:g=>{let w=new Set(o);g.currentTarget.checked?w.add(A.id):w.delete(A.id),a(w)}})," ",A.name]})},A.id))}),f&&e("p",{class:"field-error",role:"alert",children:c("assignPick")})]}),e(F,{label:c("assignDue"),type:"date",value:i,onInput:d,testid:"assign-due"}),e(P,{error:b.error}),e(V,{children:l}),e(I,{type:"submit",variant:"primary",busy:b.busy,"data-testid":"assign-submit",children:c("assignSubmit")})]})]})}function so({p:t,onChange:n}){let[r,o]=y(""),[a,i]=y(""),[d,l]=y(""),[m,f]=y(!1),u=L(async()=>{let b=await C(to,{id:t.id,opinion:r,feasible:a==="yes"});l(c("responded")),n(b.respondToAssignment.proposal)});return e("section",{class:"action","aria-labelledby":"respond-title","data-testid":"respond-form",children:[e("h3",{id:"respond-title",children:c("respondTitle")}),e("form",{onSubmit:b=>{b.preventDefault(),f(!0),l(""),!(!r.trim()||!a)&&u.run()},children:[e(z,{legend:c("respondFeasible"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"yes",checked:a==="yes",onChange:()=>i("yes"),"data-testid":"respond-feasible-yes"})," ",c("feasibleYes")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"no",checked:a==="no",onChange:()=>i("no"),"data-testid":"respond-feasible-no"})," ",c("feasibleNo")]}),m&&!a&&e("p",{class:"field-error",children:c("respondFeasible")})]}),e(xe,{label:c("respondOpinion"),required:!0,value:r,onInput:o,error:m&&!r.trim()?c("opinionRequired"):void 0,testid:"respond-opinion"}),e(P,{error:u.error}),e(V,{children:d}),e(I,{type:"submit",variant:"primary",busy:u.busy,"data-testid":"respond-submit",children:c("respondSubmit")})]})]})}function lo({p:t,onChange:n}){let[r,o]=y(""),[a,i]=y(""),[d,l]=y(!1),[m,f]=y(!1),[u,b]=y(""),k=L(async()=>{if(!r)return;let D=await C(no,{id:t.id,decision:r,reason:a});f(!1),b(c("decided")),n(D.decideProposal.proposal)}),s=r==="ACCEPTED"?c("decideAccept"):c("decideDecline");return e("section",{class:"action","aria-labelledby":"decide-title","data-testid":"decide-form",children:[e("h3",{id:"decide-title",children:c("decideTitle")}),e("form",{onSubmit:D=>{D.preventDefault(),l(!0),b(""),!(!r||!a.trim())&&f(!0)},children:[e(z,{legend:c("decision"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"ACCEPTED",checked:r==="ACCEPTED",onChange:()=>o("ACCEPTED"),"data-testid":"decide-accept"})," ",c("decideAccept")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"DECLINED",checked:r==="DECLINED",onChange:()=>o("DECLINED"),"data-testid":"decide-decline"})," ",c("decideDecline")]}),d&&!r&&e("p",{class:"field-error",children:c("decision")})]}),e(xe,{label:c("reason"),help:c("reasonHelp"),required:!0,value:a,onInput:i,error:d&&!a.trim()?c("reasonRequired"):void 0,testid:"decide-reason"}),e(P,{error:k.error}),e(V,{children:u}),e(I,{type:"submit",variant:"primary","data-testid":"decide-submit",children:c("decideSubmit")})]}),e(J,{open:m,title:c("decideConfirmTitle"),confirmLabel:s,danger:r==="DECLINED",busy:k.busy,onConfirm:()=>{k.run()},onCancel:()=>f(!1),children:[e("p",{children:c("decideConfirm",{title:t.title,decision:s})}),e("p",{class:"prewrap",children:[c("reason"),"：",a]}),e(P,{error:k.error})]})]})}function po({p:t,onChange:n}){let r=E(io,{}),[o,a]=y(""),[i,d]=y(""),[l,m]=y(""),[f,u]=y(""),[b,k]=y("PARTNERSHIP"),[s,D]=y("BUSINESS"),[A,g]=y(""),[w,x]=y(""),[v,N]=y(""),[he,Ne]=y(!1),X=L(async()=>{let $=await C(ro,{id:t.id,projectId:o==="existing"&&l?l:null,agreementId:i==="existing"&&f?f:null,newProject:o==="new"?{kind:b,title:A.trim()||null}:null,newAgreement:i==="new"?{kind:s,title:w.trim()||null}:null});N(c("linked")),a(""),d(""),n($.linkProposalOutcome.proposal),r.reload()}),G=[{value:"",label:c("linkNone")},{value:"existing",label:c("linkExisting")},{value:"new",label:c("linkNew")}],be={value:"",label:c("linkPick")};return e("section",{class:"action","aria-labelledby":"link-title","data-testid":"link-form",children:[e("h3",{id:"link-title",children:c("linkTitle")}),e("p",{class:"help",children:c("linkHelp")}),e(P,{error:r.error}),e("form",{onSubmit:$=>{$.preventDefault(),N("");let Y=o==="existing"&&l||o==="new"||i==="existing"&&f||i==="new";Ne(!Y),Y&&X.run()},children:[e(z,{legend:c("linkProject"),children:[e(B,{label:c("linkProject"),value:o,onChange:$=>a($),options:G,testid:"link-project-mode"}),o==="existing"&&e(B,{label:c("linkPick"),value:l,onChange:m,options:[be,...r.data?.projects.edges.map($=>({value:$.node.id,label:$.node.title}))??[]],testid:"link-project"}),o==="new"&&e(j,{children:[e(B,{label:c("newKind"),value:b,onChange:$=>k($),options:["PARTNERSHIP","DEMONSTRATION"].map($=>({value:$,label:c(`proj${$}`)}))}),e(F,{label:c("newTitle"),value:A,onInput:g})]})]}),e(z,{legend:c("linkAgreement"),children:[e(B,{label:c("linkAgreement"),value:i,onChange:$=>d($),options:G,testid:"link-agreement-mode"}),i==="existing"&&e(B,{label:c("linkPick"),value:f,onChange:u,options:[be,...r.data?.agreements.edges.map($=>({value:$.node.id,label:$.node.title}))??[]],testid:"link-agreement"}),i==="new"&&e(j,{children:[e(B,{label:c("newKind"),value:s,onChange:$=>D($),options:["BUSINESS","COMPREHENSIVE","MEMORANDUM"].map($=>({value:$,label:c(`agr${$}`)}))}),e(F,{label:c("newTitle"),value:w,onInput:x})]})]}),he&&e("p",{class:"field-error",role:"alert",children:c("linkNothing")}),e(P,{error:X.error}),e(V,{children:v}),e(I,{type:"submit",variant:"primary",busy:X.busy,"data-testid":"link-submit",children:c("linkSubmit")})]})]})}var uo=_(`
  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),co=_(`
  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`);function Qn({p:t,actions:n,onChange:r,onReload:o}){let a=n.has("MESSAGE"),i=n.has("INTERNAL_NOTE"),[d,l]=y(!a&&i),[m,f]=y(""),[u,b]=y(""),k=L(async()=>{let g=await C(uo,{proposalId:t.id,body:m,internal:d});f(""),b(d?c("postedNote"):c("posted")),r(g.postProposalMessage.proposal)}),[s,D]=y(null),A=L(async g=>{if(!s)return;let w=await Zt(co,{proposalId:t.id,file:null},[{path:"variables.file",file:s}]);D(null),g.reset(),b(c("attached",{name:w.attachFile.fileName})),await o()});return e("section",{"aria-labelledby":"sec-dialogue",children:[e("h2",{id:"sec-dialogue",children:c("secDialogue")}),e("p",{class:"help",children:c("dialogueHelp")}),t.messages.length===0?e("p",{class:"muted",children:c("noMessages")}):e("ol",{class:"messages","data-testid":"messages",children:t.messages.map(g=>e("li",{class:g.internal?"msg msg-internal":"msg msg-shared","data-testid":g.internal?"internal-note":"shared-message",children:[e("div",{class:"msg-head",children:[g.internal?e(O,{tone:"internal",icon:"✎",children:[c("internalNote"),"（",c("internalNoteHint"),"）"]}):e(O,{tone:"info",icon:"✉",children:c("sharedMessage")}),e("span",{class:"msg-author",children:pt(g.author)}),e("time",{class:"muted",dateTime:g.createdAt,children:R(g.createdAt)})]}),e("p",{class:"prewrap",children:g.body})]},g.id))}),e(V,{children:u}),(a||i)&&e("form",{class:"post-form",onSubmit:g=>{g.preventDefault(),b(""),k.run()},children:[a&&i&&e(z,{legend:c("postKind"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"post-kind",checked:!d,onChange:()=>l(!1),"data-testid":"post-shared"}),e("span",{"aria-hidden":"true",children:"✉ "}),c("sharedMessage")]}),e("label",{class:"radio radio-internal",children:[e("input",{type:"radio",name:"post-kind",checked:d,onChange:()=>l(!0),"data-testid":"post-internal"}),e("span",{"aria-hidden":"true",children:"✎ "}),c("internalNote"),"（",c("internalNoteHint"),"）"]})]}),e(xe,{label:d?`${c("postBody")}（${c("internalNote")}）`:`${c("postBody")}（${c("sharedMessage")}）`,required:!0,value:m,onInput:f,rows:4,testid:"post-body"}),e(P,{error:k.error}),e(I,{type:"submit",variant:"primary",busy:k.busy,disabled:!m.trim(),"data-testid":"post-submit",children:c("post")})]}),n.has("ATTACH")&&e("form",{class:"attach-form",onSubmit:g=>{g.preventDefault(),b(""),A.run(g.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:"attach-file",children:c("attachFile")}),e("input",{id:"attach-file",type:"file","data-testid":"attach-file",onChange:g=>D(g.currentTarget.files?.[0]??null)})]}),e(P,{error:A.error}),e(I,{type:"submit",busy:A.busy,disabled:!s,children:c("attach")})]})]})}_(`
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
`);var mo=_(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalPageFields
    }
  }
`),Gn=["CITY","PARTNER"],Yn=["PEOPLE","GOODS","MONEY","INFORMATION"],go=new Set(["CREATE","UPDATE","SUBMIT","ASSIGN","RESPOND","DECIDE","WITHDRAW","LINK"]);function pt(t){if(!t)return"";let n=c(`actor${t.kind}`),r=[t.department?.name,t.displayName].filter(Boolean).join(" ");return r?`${n}：${r}`:n}function Jn({params:t}){let n=t.id,r=E(mo,{id:n}),[o,a]=y(null),i=o??r.data?.proposal??null,d=m=>a(m),l=async()=>{a(null),await r.reload()};return e("article",{class:"proposal",children:[e("p",{children:e("a",{href:q("/proposals"),children:["← ",c("back")]})}),e(P,{error:r.error,onRetry:()=>{r.reload()},retryLabel:h("retry")}),r.loading&&!i&&e(K,{label:h("loading")}),r.data&&!i&&e("p",{class:"banner banner-error",role:"alert",children:c("notFound")}),i&&e(j,{children:[e("header",{class:"proposal-head",children:[e("h1",{"data-testid":"proposal-title",children:i.title}),e("p",{class:"meta",children:[e(Ve,{status:i.status})," ",e(O,{children:me(i.kind)}),i.challenge&&e("span",{children:[" ",i.challenge.title]})]}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:c("organization")}),e("dd",{children:i.organization?.name??c("none")})]}),e("div",{children:[e("dt",{children:c("submittedAt")}),e("dd",{children:i.submittedAt?R(i.submittedAt):c("notSubmitted")})]}),i.decidedAt&&e("div",{children:[e("dt",{children:c("decidedAt")}),e("dd",{children:R(i.decidedAt)})]}),i.project&&e("div",{children:[e("dt",{children:c("currentProject")}),e("dd",{"data-testid":"linked-project",children:i.project.title})]}),i.agreement&&e("div",{children:[e("dt",{children:c("currentAgreement")}),e("dd",{"data-testid":"linked-agreement",children:i.agreement.title})]})]})]}),e("div",{class:"proposal-grid",children:[e("div",{class:"proposal-main",children:[e(fo,{p:i}),e(yo,{p:i}),e(ho,{p:i}),e(Qn,{p:i,actions:dt(i),onChange:d,onReload:l}),e(bo,{p:i})]}),e("aside",{class:"proposal-side","aria-labelledby":"actions-title",children:e(zn,{p:i,actions:dt(i),onChange:d})})]})]})]})}function ut({text:t}){return t.trim()?e(j,{children:t.split(/\n{2,}/).map((n,r)=>e("p",{class:"prewrap",children:n},r))}):e("p",{class:"muted",children:c("none")})}function fo({p:t}){return e("section",{"aria-labelledby":"sec-content",children:[e("h2",{id:"sec-content",children:c("secContent")}),e("h3",{children:c("summary")}),e(ut,{text:t.summary}),e("h3",{children:c("body")}),e(ut,{text:t.body}),e("h3",{children:c("desiredScheme")}),e(ut,{text:t.desiredScheme}),e("h3",{children:c("resources")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix","data-testid":"resources-matrix",children:[e("caption",{class:"visually-hidden",children:c("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:c("side")}),Yn.map(n=>e("th",{scope:"col",children:c(`res${n}`)},n))]})}),e("tbody",{children:Gn.map(n=>e("tr",{children:[e("th",{scope:"row",children:c(`side${n}`)}),Yn.map(r=>{let o=t.resources.filter(a=>a.side===n&&a.kind===r);return e("td",{children:o.length===0?e("span",{class:"muted",children:"—"}):e("ul",{class:"plain",children:o.map((a,i)=>e("li",{children:a.description},i))})},r)})]},n))})]})}),e("h3",{children:c("merits")}),e("div",{class:"merits",children:Gn.map(n=>{let r=t.merits.filter(o=>o.side===n);return e("div",{children:[e("h4",{children:c("meritFor",{side:c(`side${n}`)})}),r.length===0?e("p",{class:"muted",children:c("none")}):e("ul",{children:r.map((o,a)=>e("li",{children:o.description},a))})]},n)})}),t.contact&&e(j,{children:[e("h3",{children:c("contact")}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:c("affiliation")}),e("dd",{children:t.contact.affiliation})]}),e("div",{children:[e("dt",{children:c("contactName")}),e("dd",{children:t.contact.name})]}),e("div",{children:[e("dt",{children:c("email")}),e("dd",{children:t.contact.email})]}),e("div",{children:[e("dt",{children:c("phone")}),e("dd",{children:t.contact.phone})]})]})]})]})}function yo({p:t}){let[n,r]=y(null);return e("section",{"aria-labelledby":"sec-attachments",children:[e("h2",{id:"sec-attachments",children:c("secAttachments")}),e(P,{error:n}),t.attachments.length===0?e("p",{class:"muted",children:c("noAttachments")}):e("ul",{class:"files","data-testid":"attachments",children:t.attachments.map(o=>e("li",{children:[e(I,{variant:"link","aria-label":c("download",{name:o.fileName}),onClick:()=>{r(null),Xt(o.downloadUrl,o.fileName).catch(r)},children:[e("span",{"aria-hidden":"true",children:"↓ "}),o.fileName]})," ",e("span",{class:"muted",children:[Vn(o.size)," ・ ",R(o.createdAt),o.messageId&&` ${c("onMessage")}`]})]},o.id))})]})}function ho({p:t}){return e("section",{"aria-labelledby":"sec-assignments",children:[e("h2",{id:"sec-assignments",children:c("secAssignments")}),t.assignments.length===0?e("p",{class:"muted",children:c("noAssignments")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"assignments",children:[e("caption",{class:"visually-hidden",children:c("assignmentsCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:c("department")}),e("th",{scope:"col",children:c("dueOn")}),e("th",{scope:"col",children:c("feasible")}),e("th",{scope:"col",children:c("opinion")}),e("th",{scope:"col",children:c("respondedAt")})]})}),e("tbody",{children:t.assignments.map(n=>e("tr",{children:[e("th",{scope:"row",children:n.department.name}),e("td",{children:n.dueOn?ce(n.dueOn):"—"}),e("td",{children:n.feasible==null?e(O,{children:c("notAnswered")}):n.feasible?e(O,{tone:"success",icon:"○",children:c("feasibleYes")}):e(O,{tone:"danger",icon:"×",children:c("feasibleNo")})}),e("td",{class:"prewrap",children:n.opinion??""}),e("td",{children:n.respondedAt?R(n.respondedAt):"—"})]},n.department.id))})]})})]})}function bo({p:t}){return e("section",{"aria-labelledby":"sec-history",children:[e("h2",{id:"sec-history",children:c("secHistory")}),e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"history",children:[e("caption",{class:"visually-hidden",children:c("historyCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:c("colWhen")}),e("th",{scope:"col",children:c("colAction")}),e("th",{scope:"col",children:c("colChange")}),e("th",{scope:"col",children:c("colActor")}),e("th",{scope:"col",children:c("colReason")})]})}),e("tbody",{children:t.history.map((n,r)=>e("tr",{children:[e("td",{children:R(n.at)}),e("td",{children:go.has(n.action)?c(`act${n.action}`):n.action}),e("td",{children:n.from||n.to?`${n.from?c(`status${n.from}`):""} → ${n.to?c(`status${n.to}`):""}`:""}),e("td",{children:pt(n.actor)}),e("td",{class:"prewrap",children:n.reason})]},r))})]})})]})}var Zn=[{path:"/proposals",component:Hn,nav:{label:()=>c("navInbox"),order:100},permission:{resource:"proposal",action:"read"}},{path:"/proposals/:id",component:Jn,permission:{resource:"proposal",action:"read"}}];var Xn=[];var p=ue({navInquiries:"お問い合わせ",navAccounts:"職員アカウント",navDepartments:"部署",navWebhooks:"Webhook（外部通知）",navAudit:"操作ログ",filters:"絞り込み",apply:"絞り込む",clearFilters:"条件をクリア",all:"すべて",actions:"操作",status:"状態",createdAt:"登録日時",done:"{what} を行いました。",loadingPerms:"権限を確認しています…",inquiriesTitle:"お問い合わせ",inquiriesCaption:"お問い合わせの一覧（新しい順）",inquiryStatus:"対応状況",inquiryOpen:"未対応",inquiryClosed:"対応済み",receivedAt:"受付日時",subject:"件名",sender:"差出人",affiliation:"所属",name:"氏名",email:"メールアドレス",phone:"電話番号",body:"内容",noAffiliation:"（所属なし）",inquiryTitle:"お問い合わせの詳細",backToInquiries:"お問い合わせの一覧へ戻る",closeInquiry:"対応済みにする",closeInquiryConfirm:"このお問い合わせを対応済みにしますか？",closeInquiryBody:"「{subject}」を対応済みにします。対応済みにしたお問い合わせは元に戻せません。",inquiryClosedNotice:"お問い合わせを対応済みにしました。",replyByMail:"メールで返信する",accountsTitle:"職員アカウント",accountsCaption:"アカウントの一覧",role:"役割",roleDESK:"公民連携デスク",roleDEPARTMENT:"事業担当課",rolePROPOSER:"提案者（事業者等）",roleADMIN:"システム運用者",search:"キーワード（氏名・メールアドレス）",displayName:"表示名（氏名）",belongsTo:"所属",accountActive:"有効",accountDisabled:"無効",disable:"無効にする",enable:"有効にする",disableConfirm:"{name} さんのアカウントを無効にしますか？",disableBody:"無効にすると、このアカウントではサインインできなくなります。あとで有効に戻せます。",enableConfirm:"{name} さんのアカウントを有効にしますか？",enableBody:"有効にすると、このアカウントで再びサインインできるようになります。",disabledNotice:"{name} さんのアカウントを無効にしました。",enabledNotice:"{name} さんのアカウントを有効にしました。",newStaff:"職員アカウントを作成",newStaffTitle:"職員アカウントの作成",staffRole:"役割",department:"所属部署",departmentNone:"（選択してください）",departmentHelp:"事業担当課の職員は所属部署が必須です。",initialPassword:"初期パスワード",initialPasswordHelp:"10文字以上。ご本人に安全な方法で伝え、サインイン後に変更してもらってください。",create:"作成する",createdStaffNotice:"{name} さんの職員アカウントを作成しました。",departmentsTitle:"部署",departmentTree:"部署の構成",kind:"階層",kindBUREAU:"局",kindDIVISION:"部",kindSECTION:"課",newDepartment:"部署の追加",deptName:"部署名",parent:"上位の部署",parentTop:"（最上位）",position:"並び順",positionHelp:"同じ上位部署の中で小さい数字ほど先に並びます（省略可）。",add:"追加する",addedDeptNotice:"部署「{name}」を追加しました。",editDepartment:"「{name}」の変更",selectToEdit:"変更する部署を一覧から選んでください。",edit:"変更",rename:"名称・階層を保存",savedDeptNotice:"部署「{name}」を保存しました。",move:"移動する",moveTo:"移動先（上位の部署）",moveHelp:"自分自身やその下位の部署の下には移動できません。最上位へは移動できません。",movedDeptNotice:"部署「{name}」を移動しました。",deleteDept:"削除する",deleteDeptConfirm:"部署「{name}」を削除しますか？",deleteDeptBody:"下位の部署・職員・コンテンツ・提案の担当がある部署は削除できません。",deletedDeptNotice:"部署「{name}」を削除しました。",deptInUse:"この部署は使われているため削除できません。下位の部署・職員・コンテンツ・提案の担当を先に移してください。",noDepartments:"部署はまだありません。",webhooksTitle:"Webhook（外部通知）",webhooksIntro:"コンテンツの公開などを、登録したURLへ自動で知らせます（オープンデータのサイトや庁内システム向け）。",webhooksCaption:"登録済みの送信先",url:"送信先URL",urlHelp:"http:// または https:// で始まるURL。",events:"通知する出来事",eventCONTENT_PUBLISHED:"公開（予約公開を含む）",eventCONTENT_UNPUBLISHED:"公開の取り消し",eventCONTENT_ARCHIVED:"アーカイブ",eventCONTENT_CHANGED:"内容の変更（版の復元など）",active:"有効",inactive:"停止中",register:"登録する",newWebhook:"送信先の登録",secretOnce:"署名用の秘密鍵です。この画面を閉じると二度と表示されません。送信先のシステムに設定してください（本文の HMAC-SHA256 が X-Pppdesk-Signature ヘッダーで届きます）。",secret:"秘密鍵",registeredNotice:"送信先 {url} を登録しました。",deleteWebhook:"削除する",deleteWebhookConfirm:"送信先 {url} を削除しますか？",deleteWebhookBody:"削除すると、この送信先への通知は止まります。",deletedWebhookNotice:"送信先 {url} を削除しました。",deliveries:"送信ログ",deliveryLog:"送信ログを見る",webhookTitle:"送信先の詳細",backToWebhooks:"Webhook の一覧へ戻る",deliveriesCaption:"送信ログ（新しい順、最大{n}件）",event:"出来事",attempts:"試行回数",lastStatusCode:"最後の応答",lastError:"最後のエラー",queuedAt:"受付日時",nextAttemptAt:"次の試行",deliveredAt:"送信成功",deliveryPENDING:"送信待ち",deliveryDELIVERED:"送信済み",deliveryFAILED:"失敗",noResponse:"応答なし",showMore:"さらに表示",webhookMissing:"この送信先は見つかりません（削除された可能性があります）。",chooseEvent:"少なくとも一つ選んでください。",auditTitle:"操作ログ",auditIntro:"だれが、いつ、何を変更したかの記録です（新しい順）。",auditCaption:"操作ログ",at:"日時",actor:"操作した人",action:"操作",target:"対象",changes:"変更内容",system:"（システム・一般の方）",auditNoFilters:"この一覧は新しい順に全件を表示します（絞り込みは現在の API では使えません）。",showChanges:"変更内容を表示"},{navInquiries:"Inquiries",navAccounts:"Staff accounts",navDepartments:"Departments",navWebhooks:"Webhooks",navAudit:"Audit log",filters:"Filters",apply:"Filter",clearFilters:"Clear filters",all:"All",actions:"Actions",status:"Status",createdAt:"Created",done:"Done: {what}.",loadingPerms:"Checking your rights…",inquiriesTitle:"Inquiries",inquiriesCaption:"Inquiries, newest first",inquiryStatus:"Status",inquiryOpen:"Open",inquiryClosed:"Closed",receivedAt:"Received",subject:"Subject",sender:"From",affiliation:"Affiliation",name:"Name",email:"Email",phone:"Phone",body:"Message",noAffiliation:"(no affiliation)",inquiryTitle:"Inquiry",backToInquiries:"Back to inquiries",closeInquiry:"Mark as handled",closeInquiryConfirm:"Mark this inquiry as handled?",closeInquiryBody:'"{subject}" will be closed. A closed inquiry cannot be reopened.',inquiryClosedNotice:"The inquiry is closed.",replyByMail:"Reply by email",accountsTitle:"Staff accounts",accountsCaption:"Accounts",role:"Role",roleDESK:"PPP desk",roleDEPARTMENT:"Department",rolePROPOSER:"Proposer",roleADMIN:"Platform operator",search:"Keyword (name, email)",displayName:"Display name",belongsTo:"Belongs to",accountActive:"Active",accountDisabled:"Disabled",disable:"Disable",enable:"Enable",disableConfirm:"Disable the account of {name}?",disableBody:"A disabled account cannot sign in. You can enable it again later.",enableConfirm:"Enable the account of {name}?",enableBody:"The account will be able to sign in again.",disabledNotice:"Disabled the account of {name}.",enabledNotice:"Enabled the account of {name}.",newStaff:"Create a staff account",newStaffTitle:"New staff account",staffRole:"Role",department:"Department",departmentNone:"(choose)",departmentHelp:"Required for department staff.",initialPassword:"Initial password",initialPasswordHelp:"At least 10 characters. Tell it to the person safely and have them change it.",create:"Create",createdStaffNotice:"Created the staff account of {name}.",departmentsTitle:"Departments",departmentTree:"Department tree",kind:"Level",kindBUREAU:"Bureau",kindDIVISION:"Division",kindSECTION:"Section",newDepartment:"Add a department",deptName:"Name",parent:"Parent department",parentTop:"(top level)",position:"Position",positionHelp:"Smaller numbers come first among siblings (optional).",add:"Add",addedDeptNotice:'Added "{name}".',editDepartment:'Change "{name}"',selectToEdit:"Choose a department in the tree to change it.",edit:"Change",rename:"Save name and level",savedDeptNotice:'Saved "{name}".',move:"Move",moveTo:"Move under",moveHelp:"Not under itself or its own sub-departments; moving to the top level is not possible.",movedDeptNotice:'Moved "{name}".',deleteDept:"Delete",deleteDeptConfirm:'Delete "{name}"?',deleteDeptBody:"A department with sub-departments, staff, content or proposal assignments cannot be deleted.",deletedDeptNotice:'Deleted "{name}".',deptInUse:"This department is in use and cannot be deleted. Move its sub-departments, staff, content and proposal assignments first.",noDepartments:"No departments yet.",webhooksTitle:"Webhooks",webhooksIntro:"Tell registered URLs automatically when content is published and so on (open-data sites, internal systems).",webhooksCaption:"Registered endpoints",url:"Endpoint URL",urlHelp:"A URL starting with http:// or https://.",events:"Events",eventCONTENT_PUBLISHED:"Published (or scheduled)",eventCONTENT_UNPUBLISHED:"Unpublished",eventCONTENT_ARCHIVED:"Archived",eventCONTENT_CHANGED:"Changed (e.g. a revision restored)",active:"Active",inactive:"Stopped",register:"Register",newWebhook:"Register an endpoint",secretOnce:"The signing secret. It is shown only now: set it in the receiving system (the body's HMAC-SHA256 arrives in the X-Pppdesk-Signature header).",secret:"Secret",registeredNotice:"Registered {url}.",deleteWebhook:"Delete",deleteWebhookConfirm:"Delete the endpoint {url}?",deleteWebhookBody:"Deliveries to this endpoint stop.",deletedWebhookNotice:"Deleted {url}.",deliveries:"Delivery log",deliveryLog:"Delivery log",webhookTitle:"Webhook endpoint",backToWebhooks:"Back to webhooks",deliveriesCaption:"Deliveries, newest first (up to {n})",event:"Event",attempts:"Attempts",lastStatusCode:"Last response",lastError:"Last error",queuedAt:"Queued",nextAttemptAt:"Next attempt",deliveredAt:"Delivered",deliveryPENDING:"Pending",deliveryDELIVERED:"Delivered",deliveryFAILED:"Failed",noResponse:"none",showMore:"Show more",webhookMissing:"This endpoint no longer exists.",chooseEvent:"Choose at least one.",auditTitle:"Audit log",auditIntro:"Who changed what, and when (newest first).",auditCaption:"Audit log",at:"When",actor:"Who",action:"Action",target:"Target",changes:"Changes",system:"(system or the public)",auditNoFilters:"This list shows every entry, newest first (the API offers no filters yet).",showChanges:"Show changes"});var Do=_(`
  query DeskRights {
    permissions {
      resource
      action
    }
  }
`);function oe(){let t=Be(),n=E(Do,{},t.permissions!==null),r=t.permissions??n.data?.permissions??[];return(o,a)=>r.some(i=>i.resource===o&&i.action===a)}function ge(t){let[n,r]=y({key:t,after:null});return[n.key===t?n.after:null,o=>r({key:t,after:o})]}function fe(t){let n=new Set(t.map(l=>l.id)),r=new Map,o=[];for(let l of t){let m=l.parent?.id;m&&n.has(m)&&m!==l.id?r.set(m,[...r.get(m)??[],l]):o.push(l)}let a=new Set,i=(l,m)=>{if(a.has(l.id))return null;a.add(l.id);let f=(r.get(l.id)??[]).map(u=>i(u,m+1)).filter(u=>u!==null);return{dept:l,depth:m,children:f}},d=o.map(l=>i(l,0)).filter(l=>l!==null);for(let l of t){let m=a.has(l.id)?null:i(l,0);m&&d.push(m)}return d}function ye(t){return t.flatMap(n=>[n,...ye(n.children)])}function Te(t,n){return`${"　".repeat(n)}${n>0?"└ ":""}${t}`}function er(t,n){let r=new Set([n]),o=!0;for(;o;){o=!1;for(let a of t){let i=a.parent?.id;i&&r.has(i)&&!r.has(a.id)&&(r.add(a.id),o=!0)}}return r}var ko=_(`
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
`),vo=_(`
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
`),Ao=_(`
  mutation DeskCreateStaff($input: StaffAccountInput!) {
    createStaffAccount(input: $input) {
      id
      displayName
    }
  }
`),_o=_(`
  mutation DeskDisableAccount($id: ID!) {
    disableAccount(id: $id) {
      id
      disabled
    }
  }
`),Io=_(`
  mutation DeskEnableAccount($id: ID!) {
    enableAccount(id: $id) {
      id
      disabled
    }
  }
`),tr=20,nr=["DESK","DEPARTMENT","PROPOSER","ADMIN"];function ct(t){return p(`role${t}`)}function Po(t){return nr.includes(t)?t:null}function rr({query:t}){let n=Po(t.get("role")),r=t.get("q")??"",o=`${n}|${r}`,[a,i]=ge(o),d=o,[l,m]=y(r),[f,u]=y(""),[b,k]=y(!1),[s,D]=y(null),A=oe(),g=E(ko,{first:tr,after:a,filter:{role:n,search:r||null}}),w=L(async v=>{v.disable?await C(_o,{id:v.id}):await C(Io,{id:v.id}),D(null),u(p(v.disable?"disabledNotice":"enabledNotice",{name:v.name})),await g.reload()}),x=(v,N)=>ne("/desk/accounts",{role:v||void 0,q:N.trim()||void 0});return e("section",{children:[e("h1",{children:p("accountsTitle")}),e(V,{children:f}),A("account","createStaff")&&!b&&e("div",{class:"actions",children:e(I,{variant:"primary",onClick:()=>k(!0),"data-testid":"staff-new",children:p("newStaff")})}),b&&e(wo,{onDone:v=>{k(!1),u(p("createdStaffNotice",{name:v})),g.reload()},onCancel:()=>k(!1)}),e("form",{class:"desk-filters",role:"search","aria-label":p("filters"),onSubmit:v=>{v.preventDefault(),x(n??"",l)},children:[e(B,{label:p("role"),value:n??"",testid:"account-role",onChange:v=>x(v,l),options:[{value:"",label:p("all")},...nr.map(v=>({value:v,label:ct(v)}))]}),e(F,{label:p("search"),type:"search",value:l,onInput:m,testid:"account-search"}),e("div",{class:"desk-filter-buttons",children:[e(I,{type:"submit",children:p("apply")}),(n||r)&&e(I,{variant:"link",onClick:()=>{m(""),x("","")},children:p("clearFilters")})]})]}),e(P,{error:g.error,onRetry:()=>{g.reload()},retryLabel:h("retry")}),e(re,{caption:p("accountsCaption"),testid:"accounts",page:g.data?.users,after:a,onAfter:i,resetKey:d,pageSize:tr,rowKey:v=>v.id,columns:[{header:p("displayName"),cell:v=>v.displayName},{header:p("email"),cell:v=>v.email??"—"},{header:p("role"),cell:v=>ct(v.role)},{header:p("belongsTo"),cell:v=>v.department?.name??v.organization?.name??"—"},{header:p("status"),cell:v=>v.disabled?e(O,{tone:"danger",icon:"×",children:p("accountDisabled")}):e(O,{tone:"success",icon:"✓",children:p("accountActive")})},{header:p("createdAt"),cell:v=>e("span",{title:R(v.createdAt),children:ce(v.createdAt.slice(0,10))}),class:"desk-nowrap"},{header:p("actions"),cell:v=>A("account","disable")?e(I,{variant:v.disabled?"secondary":"danger","aria-label":`${p(v.disabled?"enable":"disable")}: ${v.displayName}`,"data-testid":`account-toggle-${v.id}`,onClick:()=>D({id:v.id,name:v.displayName,disable:!v.disabled}),children:p(v.disabled?"enable":"disable")}):null}]}),e(J,{open:s!==null,title:s?p(s.disable?"disableConfirm":"enableConfirm",{name:s.name}):"",confirmLabel:s?p(s.disable?"disable":"enable"):void 0,danger:s?.disable,busy:w.busy,onConfirm:()=>s&&void w.run(s),onCancel:()=>{w.clear(),D(null)},children:[e("p",{children:s?p(s.disable?"disableBody":"enableBody"):""}),e(P,{error:w.error})]})]})}function wo({onDone:t,onCancel:n}){let r=E(vo,{}),[o,a]=y(""),[i,d]=y(""),[l,m]=y("DEPARTMENT"),[f,u]=y(""),[b,k]=y(""),s=L(async()=>{let g=await C(Ao,{input:{email:o,displayName:i,role:l,departmentId:f||null,password:b}});t(g.createStaffAccount.displayName)}),D=g=>s.error?.field===`input.${g}`?s.error.clerkMessage():void 0,A=ye(fe(r.data?.municipality.departments??[]));return e("form",{class:"desk-panel","aria-labelledby":"staff-form-title",onSubmit:g=>{g.preventDefault(),s.run()},children:[e("h2",{id:"staff-form-title",children:p("newStaffTitle")}),e(P,{error:r.error}),e(B,{label:p("staffRole"),required:!0,value:l,testid:"staff-role",onChange:g=>m(g),options:["DEPARTMENT","DESK"].map(g=>({value:g,label:ct(g)}))}),e(B,{label:p("department"),required:l==="DEPARTMENT",help:p("departmentHelp"),error:D("departmentId"),value:f,testid:"staff-department",onChange:u,options:[{value:"",label:p("departmentNone")},...A.map(g=>({value:g.dept.id,label:Te(g.dept.name,g.depth)}))]}),e(F,{label:p("displayName"),required:!0,value:i,onInput:d,error:D("displayName"),testid:"staff-name",autocomplete:"off"}),e(F,{label:p("email"),type:"email",required:!0,value:o,onInput:a,error:D("email"),testid:"staff-email",autocomplete:"off"}),e(F,{label:p("initialPassword"),type:"password",required:!0,value:b,onInput:k,help:p("initialPasswordHelp"),error:D("password"),testid:"staff-password",autocomplete:"new-password"}),e(P,{error:s.error}),e("div",{class:"actions",children:[e(I,{type:"submit",variant:"primary",busy:s.busy,"data-testid":"staff-create",children:p("create")}),e(I,{onClick:n,children:h("cancel")})]})]})}var xo=_(`
  query DeskAuditLog($first: Int, $after: String) {
    auditLog(first: $first, after: $after) {
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
`),or=50;function To(t){let n=encodeURIComponent(t.targetId);switch(t.targetType.toLowerCase()){case"inquiry":return q(`/desk/inquiries/${n}`,{status:"ALL"});case"proposal":return q(`/proposals/${n}`);case"department":return q("/desk/departments",{id:t.targetId});case"webhook":return q(`/desk/webhooks/${n}`);default:return null}}function $o(t){if(!t||t==="{}"||t==="null")return"—";try{let n=JSON.parse(t);if(n&&typeof n=="object"&&"fields"in n&&Array.isArray(n.fields))return n.fields.map(String).join("、")||"—"}catch{}return t}function ir(){let[t,n]=ge("audit"),r=E(xo,{first:or,after:t});return e("section",{children:[e("h1",{children:p("auditTitle")}),e("p",{children:p("auditIntro")}),e("p",{class:"help",children:p("auditNoFilters")}),e(P,{error:r.error,onRetry:()=>{r.reload()},retryLabel:h("retry")}),e(re,{caption:p("auditCaption"),testid:"audit",page:r.data?.auditLog,after:t,onAfter:n,resetKey:"audit",pageSize:or,rowKey:o=>`${o.at}|${o.action}|${o.targetType}|${o.targetId}|${o.actor?.id??""}`,columns:[{header:p("at"),cell:o=>R(o.at),class:"desk-nowrap"},{header:p("actor"),cell:o=>o.actor?.displayName??p("system")},{header:p("action"),cell:o=>e("code",{children:o.action})},{header:p("target"),cell:o=>{let a=To(o),i=`${o.targetType} ${o.targetId}`;return a?e("a",{href:a,children:i}):i},class:"desk-break"},{header:p("changes"),cell:o=>$o(o.changes),class:"desk-break"}]})]})}var So=_(`
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
`),No=_(`
  mutation DeskDepartmentCreate($input: DepartmentInput!) {
    createDepartment(input: $input) {
      id
      name
    }
  }
`),ar=_(`
  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
    updateDepartment(id: $id, input: $input, version: $version) {
      id
      name
      version
    }
  }
`),Co=_(`
  mutation DeskDepartmentDelete($id: ID!) {
    deleteDepartment(id: $id)
  }
`),Eo=["BUREAU","DIVISION","SECTION"],sr=()=>Eo.map(t=>({value:t,label:p(`kind${t}`)}));function $e(t,n){return t?.field===`input.${n}`?t.clerkMessage():void 0}function lr({query:t}){let n=E(So,{}),r=oe(),[o,a]=y(""),i=t.get("id")??"",d=n.data?.municipality.departments??[],l=fe(d),m=d.find(b=>b.id===i),f=r("department","write"),u=async(b,k)=>{a(b),await n.reload(),k!==void 0&&ne("/desk/departments",{id:k??void 0})};return e("section",{children:[e("h1",{children:p("departmentsTitle")}),e(V,{children:o}),e(P,{error:n.error,onRetry:()=>{n.reload()},retryLabel:h("retry")}),!n.data&&!n.error&&e(K,{label:h("loading")}),n.data&&e("div",{class:"desk-columns",children:[e("div",{class:"desk-tree","data-testid":"department-tree",children:[e("h2",{id:"dept-tree-title",children:p("departmentTree")}),l.length===0?e("p",{children:p("noDepartments")}):e(dr,{rows:l,selected:i})]}),f&&e("div",{class:"desk-side",children:[m?e(qo,{dept:m,all:d,onDone:u},`${m.id}@${m.version}`):e("p",{class:"help",children:p("selectToEdit")}),e(Ro,{all:d,defaultParent:m?.id??"",onDone:u},`add-${m?.id??""}`)]})]})]})}function dr({rows:t,selected:n}){return e("ul",{children:t.map(r=>e("li",{children:[e("a",{href:q("/desk/departments",{id:r.dept.id}),"aria-current":r.dept.id===n?"true":void 0,"data-testid":`dept-${r.dept.id}`,children:r.dept.name})," ",e("span",{class:"desk-kind",children:["（",p(`kind${r.dept.kind}`),"）"]}),r.children.length>0&&e(dr,{rows:r.children,selected:n})]},r.dept.id))})}function qo({dept:t,all:n,onDone:r}){let[o,a]=y(t.name),[i,d]=y(t.kind),[l,m]=y(t.parent?.id??""),[f,u]=y(!1),b=L(async()=>{let g=await C(ar,{id:t.id,input:{name:o,kind:i},version:t.version});await r(p("savedDeptNotice",{name:g.updateDepartment.name}))}),k=L(async()=>{await C(ar,{id:t.id,input:{parentId:l},version:t.version}),await r(p("movedDeptNotice",{name:t.name}))}),s=L(async()=>{await C(Co,{id:t.id}),u(!1),await r(p("deletedDeptNotice",{name:t.name}),null)}),D=er(n,t.id),A=ye(fe(n)).filter(g=>!D.has(g.dept.id));return e("div",{class:"desk-panel","data-testid":"department-edit",children:[e("h2",{children:p("editDepartment",{name:t.name})}),e("form",{"aria-label":p("rename"),onSubmit:g=>{g.preventDefault(),b.run()},children:[e(F,{label:p("deptName"),required:!0,value:o,onInput:a,error:$e(b.error,"name"),testid:"dept-edit-name"}),e(B,{label:p("kind"),value:i,onChange:g=>d(g),options:sr(),testid:"dept-edit-kind"}),e(P,{error:b.error}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:b.busy,"data-testid":"dept-rename",children:p("rename")})})]}),e("form",{"aria-label":p("move"),onSubmit:g=>{g.preventDefault(),k.run()},children:[e(B,{label:p("moveTo"),help:p("moveHelp"),value:l,onChange:m,error:$e(k.error,"parentId"),testid:"dept-move-parent",options:[...t.parent?[]:[{value:"",label:p("parentTop")}],...A.map(g=>({value:g.dept.id,label:Te(g.dept.name,g.depth)}))]}),e(P,{error:k.error}),e("div",{class:"actions",children:e(I,{type:"submit",busy:k.busy,disabled:!l||l===(t.parent?.id??""),"data-testid":"dept-move",children:p("move")})})]}),e("div",{class:"actions",children:e(I,{variant:"danger",onClick:()=>u(!0),"data-testid":"dept-delete",children:p("deleteDept")})}),e(J,{open:f,title:p("deleteDeptConfirm",{name:t.name}),confirmLabel:p("deleteDept"),danger:!0,busy:s.busy,onConfirm:()=>{s.run()},onCancel:()=>{s.clear(),u(!1)},children:[e("p",{children:p("deleteDeptBody")}),s.error?.code==="CONFLICT"&&e("p",{class:"field-error",role:"alert","data-testid":"dept-in-use",children:[p("deptInUse"),e("br",{}),h("serverSays",{msg:s.error.serverMessage})]}),s.error&&s.error.code!=="CONFLICT"&&e(P,{error:s.error})]})]})}function Ro({all:t,defaultParent:n,onDone:r}){let[o,a]=y(""),[i,d]=y("SECTION"),[l,m]=y(n),[f,u]=y(""),b=L(async()=>{let s=f.trim()===""?null:Number(f),D=await C(No,{input:{name:o,kind:i,parentId:l||null,position:s}});a(""),u(""),await r(p("addedDeptNotice",{name:D.createDepartment.name}),D.createDepartment.id)}),k=ye(fe(t));return e("form",{class:"desk-panel","aria-labelledby":"dept-add-title","data-testid":"department-add",onSubmit:s=>{s.preventDefault(),b.run()},children:[e("h2",{id:"dept-add-title",children:p("newDepartment")}),e(F,{label:p("deptName"),required:!0,value:o,onInput:a,error:$e(b.error,"name"),testid:"dept-add-name"}),e(B,{label:p("kind"),value:i,onChange:s=>d(s),options:sr(),testid:"dept-add-kind"}),e(B,{label:p("parent"),value:l,onChange:m,error:$e(b.error,"parentId"),testid:"dept-add-parent",options:[{value:"",label:p("parentTop")},...k.map(s=>({value:s.dept.id,label:Te(s.dept.name,s.depth)}))]}),e(F,{label:p("position"),type:"number",value:f,onInput:u,help:p("positionHelp"),error:$e(b.error,"position"),testid:"dept-add-position"}),e(P,{error:b.error}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:b.busy,"data-testid":"dept-add",children:p("add")})})]})}var Lo=_(`
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
`),pr=20;function mt({status:t}){return t==="OPEN"?e(O,{tone:"warning",icon:"●",children:p("inquiryOpen")}):e(O,{tone:"success",icon:"✓",children:p("inquiryClosed")})}function Oo(t){let n=t.get("status");return n==="ALL"?null:n==="CLOSED"?"CLOSED":"OPEN"}function ur({query:t}){let n=Oo(t),r=String(n),[o,a]=ge(r),i=E(Lo,{first:pr,after:o,status:n});return e("section",{children:[e("h1",{children:p("inquiriesTitle")}),e("form",{class:"desk-filters",role:"search","aria-label":p("filters"),onSubmit:d=>d.preventDefault(),children:e(B,{label:p("inquiryStatus"),value:n??"ALL",testid:"inquiry-status",onChange:d=>ne("/desk/inquiries",{status:d==="OPEN"?void 0:d}),options:[{value:"OPEN",label:p("inquiryOpen")},{value:"CLOSED",label:p("inquiryClosed")},{value:"ALL",label:p("all")}]})}),e(P,{error:i.error,onRetry:()=>{i.reload()},retryLabel:h("retry")}),e(re,{caption:p("inquiriesCaption"),testid:"inquiries",page:i.data?.inquiries,after:o,onAfter:a,resetKey:r,pageSize:pr,rowKey:d=>d.id,columns:[{header:p("receivedAt"),cell:d=>R(d.createdAt),class:"desk-nowrap"},{header:p("subject"),cell:d=>e("a",{href:q(`/desk/inquiries/${encodeURIComponent(d.id)}`,{status:t.get("status")??void 0}),children:d.subject})},{header:p("sender"),cell:d=>`${d.name}${d.affiliation?`（${d.affiliation}）`:""}`},{header:p("inquiryStatus"),cell:d=>e(mt,{status:d.status})}]})]})}var Fo=_(`
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
`),Mo=_(`
  mutation DeskInquiryClose($id: ID!) {
    closeInquiry(id: $id) {
      id
      status
    }
  }
`);function cr({params:t,query:n}){let r=E(Fo,{id:t.id}),o=oe(),[a,i]=y(!1),[d,l]=y(""),m=L(async()=>{await C(Mo,{id:t.id}),i(!1),l(p("inquiryClosedNotice")),await r.reload()}),f=e("p",{children:e("a",{href:q("/desk/inquiries",{status:n.get("status")??void 0}),children:["← ",p("backToInquiries")]})});if(r.error)return e("section",{children:[e("h1",{children:p("inquiryTitle")}),e(P,{error:r.error,onRetry:()=>{r.reload()},retryLabel:h("retry")}),f]});let u=r.data?.node;return r.data?!u||!("subject"in u)?e("section",{children:[e("h1",{children:p("inquiryTitle")}),e(P,{error:new W("NOT_FOUND","")}),f]}):e("section",{children:[f,e("h1",{children:[p("inquiryTitle"),": ",u.subject]}),e(V,{children:d}),e("dl",{class:"desk-dl","data-testid":"inquiry-detail",children:[e("dt",{children:p("inquiryStatus")}),e("dd",{children:e(mt,{status:u.status})}),e("dt",{children:p("receivedAt")}),e("dd",{children:R(u.createdAt)}),e("dt",{children:p("name")}),e("dd",{children:u.name}),e("dt",{children:p("affiliation")}),e("dd",{children:u.affiliation||p("noAffiliation")}),e("dt",{children:p("email")}),e("dd",{children:e("a",{href:`mailto:${u.email}?subject=${encodeURIComponent(`Re: ${u.subject}`)}`,"aria-label":`${p("replyByMail")}: ${u.email}`,children:u.email})}),e("dt",{children:p("phone")}),e("dd",{children:u.phone||"—"}),e("dt",{children:p("subject")}),e("dd",{children:u.subject})]}),e("h2",{children:p("body")}),e("div",{class:"desk-body","data-testid":"inquiry-body",children:u.body}),u.status==="OPEN"&&o("inquiry","close")&&e("div",{class:"actions",children:e(I,{variant:"primary",onClick:()=>i(!0),"data-testid":"inquiry-close",children:p("closeInquiry")})}),e(J,{open:a,title:p("closeInquiryConfirm"),confirmLabel:p("closeInquiry"),busy:m.busy,onConfirm:()=>{m.run()},onCancel:()=>{m.clear(),i(!1)},children:[e("p",{children:p("closeInquiryBody",{subject:u.subject})}),e(P,{error:m.error})]})]}):e(K,{label:h("loading")})}var Bo=_(`
  query DeskWebhooks {
    webhooks {
      id
      url
      events
      active
      createdAt
    }
  }
`),Uo=_(`
  mutation DeskWebhookRegister($input: WebhookInput!) {
    registerWebhook(input: $input) {
      id
      url
    }
  }
`),Wo=_(`
  mutation DeskWebhookDelete($id: ID!) {
    deleteWebhook(id: $id)
  }
`),mr=["CONTENT_PUBLISHED","CONTENT_UNPUBLISHED","CONTENT_ARCHIVED","CONTENT_CHANGED"];function Se(t){return p(`event${t}`)}function gt({active:t}){return t?e(O,{tone:"success",icon:"✓",children:p("active")}):e(O,{tone:"neutral",icon:"■",children:p("inactive")})}function jo(){let t=new Uint8Array(32);return crypto.getRandomValues(t),Array.from(t,n=>n.toString(16).padStart(2,"0")).join("")}function gr(){let t=E(Bo,{}),n=oe(),[r,o]=y(""),[a,i]=y(null),[d,l]=y(null),m=L(async u=>{await C(Wo,{id:u.id}),l(null),i(null),o(p("deletedWebhookNotice",{url:u.url})),await t.reload()}),f=n("webhook","manage");return e("section",{children:[e("h1",{children:p("webhooksTitle")}),e("p",{children:p("webhooksIntro")}),e(V,{children:r}),a&&e("div",{class:"desk-panel desk-secret",role:"status","data-testid":"webhook-secret",children:[e("p",{children:p("secretOnce")}),e("p",{children:[e("span",{class:"desk-label",children:[p("secret"),": "]}),e("code",{children:a.secret})]}),e(I,{onClick:()=>i(null),children:h("close")})]}),e(P,{error:t.error,onRetry:()=>{t.reload()},retryLabel:h("retry")}),!t.data&&!t.error&&e(K,{label:h("loading")}),t.data&&e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"webhooks",children:[e("caption",{children:p("webhooksCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:p("url")}),e("th",{scope:"col",children:p("events")}),e("th",{scope:"col",children:p("status")}),e("th",{scope:"col",children:p("createdAt")}),e("th",{scope:"col",children:p("actions")})]})}),e("tbody",{children:[t.data.webhooks.length===0&&e("tr",{children:e("td",{colSpan:5,children:h("empty")})}),t.data.webhooks.map(u=>e("tr",{children:[e("td",{class:"desk-break",children:u.url}),e("td",{children:u.events.map(Se).join("、")}),e("td",{children:e(gt,{active:u.active})}),e("td",{class:"desk-nowrap",children:R(u.createdAt)}),e("td",{children:e("div",{class:"desk-row-actions",children:[e("a",{class:"btn btn-small",href:q(`/desk/webhooks/${encodeURIComponent(u.id)}`),"aria-label":`${p("deliveryLog")}: ${u.url}`,children:p("deliveryLog")}),f&&e(I,{variant:"danger","aria-label":`${p("deleteWebhook")}: ${u.url}`,"data-testid":`webhook-delete-${u.id}`,onClick:()=>l({id:u.id,url:u.url}),children:p("deleteWebhook")})]})})]},u.id))]})]})}),f&&e(Vo,{onDone:(u,b)=>{i({url:u,secret:b}),o(p("registeredNotice",{url:u})),t.reload()}}),e(J,{open:d!==null,title:d?p("deleteWebhookConfirm",{url:d.url}):"",confirmLabel:p("deleteWebhook"),danger:!0,busy:m.busy,onConfirm:()=>d&&void m.run(d),onCancel:()=>{m.clear(),l(null)},children:[e("p",{children:p("deleteWebhookBody")}),e(P,{error:m.error})]})]})}function Vo({onDone:t}){let[n,r]=y(""),[o,a]=y(["CONTENT_PUBLISHED"]),[i,d]=y(!1),l=L(async()=>{let f=jo(),u=await C(Uo,{input:{url:n.trim(),events:o,secret:f}});r(""),t(u.registerWebhook.url,f)}),m=f=>l.error?.field===`input.${f}`?l.error.clerkMessage():void 0;return e("form",{class:"desk-panel","aria-labelledby":"webhook-form-title","data-testid":"webhook-form",onSubmit:f=>{if(f.preventDefault(),o.length===0){d(!0);return}d(!1),l.run()},children:[e("h2",{id:"webhook-form-title",children:p("newWebhook")}),e(F,{label:p("url"),type:"url",required:!0,value:n,onInput:r,help:p("urlHelp"),error:m("url"),testid:"webhook-url",autocomplete:"off"}),e(z,{legend:p("events"),children:[mr.map(f=>e(Wn,{label:Se(f),checked:o.includes(f),testid:`webhook-event-${f}`,onChange:u=>a(u?mr.filter(b=>b===f||o.includes(b)):o.filter(b=>b!==f))},f)),(i||m("events"))&&e("p",{class:"field-error",role:"alert",children:m("events")??p("chooseEvent")})]}),e(P,{error:l.error}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:l.busy,"data-testid":"webhook-register",children:p("register")})})]})}var Ko=_(`
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
`),fr=20,yr=100;function Ho({status:t}){let n={PENDING:["warning","…",p("deliveryPENDING")],DELIVERED:["success","✓",p("deliveryDELIVERED")],FAILED:["danger","×",p("deliveryFAILED")]},[r,o,a]=n[t]??["neutral","?",t];return e(O,{tone:r,icon:o,children:a})}function hr({params:t}){let[n,r]=y(fr),o=E(Ko,{first:n}),a=e("p",{children:e("a",{href:q("/desk/webhooks"),children:["← ",p("backToWebhooks")]})});if(o.error)return e("section",{children:[a,e("h1",{children:p("webhookTitle")}),e(P,{error:o.error,onRetry:()=>{o.reload()},retryLabel:h("retry")})]});if(!o.data)return e(K,{label:h("loading")});let i=o.data.webhooks.find(l=>l.id===t.id);if(!i)return e("section",{children:[a,e("h1",{children:p("webhookTitle")}),e("p",{role:"alert",children:p("webhookMissing")})]});let d=i.deliveries;return e("section",{children:[a,e("h1",{children:[p("webhookTitle"),": ",e("span",{class:"desk-break",children:i.url})]}),e("dl",{class:"desk-dl",children:[e("dt",{children:p("events")}),e("dd",{children:i.events.map(Se).join("、")}),e("dt",{children:p("status")}),e("dd",{children:e(gt,{active:i.active})}),e("dt",{children:p("createdAt")}),e("dd",{children:R(i.createdAt)})]}),e("h2",{children:p("deliveries")}),e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"deliveries",children:[e("caption",{children:p("deliveriesCaption",{n})}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:p("queuedAt")}),e("th",{scope:"col",children:p("event")}),e("th",{scope:"col",children:p("status")}),e("th",{scope:"col",children:p("attempts")}),e("th",{scope:"col",children:p("lastStatusCode")}),e("th",{scope:"col",children:p("lastError")}),e("th",{scope:"col",children:p("nextAttemptAt")}),e("th",{scope:"col",children:p("deliveredAt")})]})}),e("tbody",{children:[d.length===0&&e("tr",{children:e("td",{colSpan:8,children:h("empty")})}),d.map(l=>e("tr",{children:[e("td",{class:"desk-nowrap",children:R(l.createdAt)}),e("td",{children:Se(l.event)}),e("td",{children:e(Ho,{status:l.status})}),e("td",{children:l.attempts}),e("td",{children:l.lastStatusCode===0?p("noResponse"):l.lastStatusCode}),e("td",{class:"desk-break",children:l.lastError||"—"}),e("td",{class:"desk-nowrap",children:l.status==="PENDING"?R(l.nextAttemptAt):"—"}),e("td",{class:"desk-nowrap",children:l.deliveredAt?R(l.deliveredAt):"—"})]},l.id))]})]})}),d.length>=n&&n<yr&&e("div",{class:"actions",children:e(I,{onClick:()=>r(Math.min(n+fr,yr)),busy:o.loading,"data-testid":"deliveries-more",children:p("showMore")})})]})}var br=[{path:"/desk/inquiries/:id",component:cr,permission:{resource:"inquiry",action:"read"}},{path:"/desk/inquiries",component:ur,nav:{label:()=>p("navInquiries"),order:300},permission:{resource:"inquiry",action:"read"}},{path:"/desk/accounts",component:rr,nav:{label:()=>p("navAccounts"),order:310},permission:{resource:"account",action:"createStaff"}},{path:"/desk/departments",component:lr,nav:{label:()=>p("navDepartments"),order:320},permission:{resource:"department",action:"write"}},{path:"/desk/webhooks/:id",component:hr,permission:{resource:"webhook",action:"manage"}},{path:"/desk/webhooks",component:gr,nav:{label:()=>p("navWebhooks"),order:330},permission:{resource:"webhook",action:"manage"}},{path:"/desk/audit",component:ir,nav:{label:()=>p("navAudit"),order:340},permission:{resource:"audit",action:"read"}}];var we=[{path:"/",component:Mn,nav:{label:()=>h("home"),order:0}},...Zn,...Xn,...br];function Dr(t){let n=t.viewer.me;return e(j,{children:[e("a",{class:"skip",href:"#main",onClick:r=>{r.preventDefault(),document.getElementById("main")?.focus()},children:h("skipToMain")}),e("header",{class:"header",children:[e("div",{class:"brand",children:[e("span",{class:"brand-muni",children:t.viewer.municipality.name})," ",h("appName")]}),e("div",{class:"header-tools",children:[e("span",{class:"who","data-testid":"who",children:h("signedInAs",{name:n.displayName,dept:n.department?.name??n.role})}),e(ft,{}),e(I,{onClick:t.onSignOut,busy:t.signingOut,"data-testid":"sign-out",children:h("signOut")})]})]}),e("div",{class:"frame",children:[e("nav",{class:"nav","aria-label":h("mainNav"),children:e("ul",{children:t.nav.map(r=>{let o=t.current===r.path||r.path!=="/"&&t.current.startsWith(`${r.path}/`);return e("li",{children:e("a",{href:q(r.path),"aria-current":o?"page":void 0,children:r.label})},r.path)})})}),e("main",{id:"main",class:"main",tabIndex:-1,children:t.children})]})]})}function ft(){let t=de()==="ja"?"en":"ja";return e("button",{type:"button",class:"btn btn-link",lang:t,"aria-label":`${h("language")}: ${h("switchLang")}`,onClick:()=>Ht(t),"data-testid":"lang-toggle",children:h("switchLang")})}var zo=_(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);function kr({notice:t}){let[n,r]=y(""),[o,a]=y(""),[i,d]=y(""),l=L(async()=>{let m=await C(zo,{email:n,password:o},{municipality:i.trim()||void 0});pe(m.login.token)});return e("div",{class:"login",children:[e("div",{class:"login-lang",children:e(ft,{})}),e("main",{id:"main",class:"login-box",children:[e("h1",{children:h("appName")}),e("h2",{children:h("signInTitle")}),t&&e("p",{class:"banner banner-notice",role:"status",children:t}),l.error&&e(P,{error:l.error}),e("form",{onSubmit:m=>{m.preventDefault(),l.run()},children:[e(F,{label:h("email"),type:"email",autocomplete:"username",required:!0,value:n,onInput:r,testid:"login-email"}),e(F,{label:h("password"),type:"password",autocomplete:"current-password",required:!0,value:o,onInput:a,testid:"login-password"}),e(F,{label:h("municipality"),help:h("municipalityHelp"),value:i,onInput:d,autocomplete:"off",testid:"login-municipality"}),e(I,{type:"submit",variant:"primary",busy:l.busy,"data-testid":"login-submit",children:l.busy?h("signingIn"):h("signIn")})]})]})]})}var Qo=_(`
  mutation Logout {
    logout
  }
`);async function Go(){try{await C(Qo,{})}finally{pe(null)}}function Yo(){let[,t]=y(0),[n,r]=y(Ie()!==null),[o,a]=y(!1);return Q(()=>zt(()=>t(i=>i+1)),[]),Q(()=>Qt(i=>{a(!i&&n),r(i)}),[n]),n?e(Jo,{}):e(kr,{notice:o?h("errUnauthenticated"):void 0})}function Jo(){let t=E(Fn,{}),[n,r]=y(!1),o=Ln(),a=()=>{r(!0),Go().catch(()=>{})};if(t.error)return e("main",{id:"main",class:"login-box",children:[e(P,{error:t.error,onRetry:()=>{t.reload()},retryLabel:h("retry")}),e(I,{onClick:a,children:h("signOut")})]});if(!t.data)return e(K,{label:h("loading")});let i=t.data.me;if(!i||i.role==="PROPOSER")return e("main",{id:"main",class:"login-box",children:[e("p",{class:"banner banner-error",role:"alert",children:h("proposerOnly")}),e(I,{onClick:a,children:h("signOut")})]});let d={me:i,municipality:t.data.municipality,permissions:null},l=we.filter(u=>u.nav&&Pe(d,u.permission)).sort((u,b)=>u.nav.order-b.nav.order).map(u=>({path:u.path,label:u.nav.label()})),m=On(we,o.path),f;if(!m||!Pe(d,m.route.permission))f=e("section",{children:[e("h1",{children:h("notFound")}),e("p",{children:e("a",{href:"#/",children:h("backHome")})})]});else{let u=m.route.component;f=e(u,{params:m.params,query:o.query},o.path)}return e(st.Provider,{value:d,children:e(Dr,{viewer:d,nav:l,current:o.path,onSignOut:a,signingOut:n,children:f})})}document.documentElement.lang=de();Tt(e(Yo,{}),document.getElementById("app"));
