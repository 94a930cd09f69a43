var L,qt,Pi,be,ut,Xe,jt,We,Ut,mt,pt,Bt,je=Symbol.for("pv"),et={},tt=[],Ii=/^m(i|n|o|s|text|space)$/,gt=Array.isArray,Kt=tt.slice,Pe=Object.assign;function De(t){t&&t.parentNode&&t.remove()}function Ye(t,n,r,o,i){var d={type:t,props:n,key:r,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:je,__v:i||++qt,__i:-1,__u:0};return!i&&L.vnode&&L.vnode(d),d}function I(t){return t.children}function Je(t,n){this.props=t,this.context=n,this.__g=0}function Ce(t,n){if(n==null)return t.__&&Ce(t.__,t.__i+1);for(var r;n<t.__k.length;n++)if((r=t.__k[n])&&r.__e)return r.__e;return typeof t.type!="function"||t.props.__P?null:Ce(t)}function $i(t){var n,r=t.__v,o=r.__e,i=[],d=[],l=t.__P;l&&((n=Pe({constructor:je},r)).__v=r.__v+1,L.vnode&&L.vnode(n),ft(l,n,r,t.__n,l.namespaceURI,32&r.__u?[o]:null,i,o||Ce(r),32&r.__u,d),n.__v=r.__v,n.__.__k[n.__i]=n,Wt(i,n,d),r.__=r.__e=null,n.__e!=o&&Vt(n))}function Vt(t){if((t=t.__)&&t.__c&&!t.props.__P)return t.__e=null,t.__k.some(function(n){return n&&(t.__e=n.__e)}),Vt(t)}function ct(t){(8&t.__g||(t.__g|=8,be.push(t),Xe++))&&ut==L.debounceRendering||((ut=L.debounceRendering)||queueMicrotask)(Ht)}function Ht(){try{for(var t,n=1;be.length;)be.length>n&&be.sort(jt),t=be.shift(),n=be.length,8&t.__g&&$i(t)}finally{(Xe=be.length)&&(ut||queueMicrotask)(Ht)}}function zt(t,n,r,o,i,d,l,s,g,m,c){var A,f,u,C,P,v,k=o.__k||tt,N=n.length;for(g=Si(r,n,k,g,N),A=0;A<N;A++)(u=r.__k[A])!=null&&(f=~u.__i&&k[u.__i]||et,u.__i=A,v=ft(t,u,f,i,d,l,s,g,m,c),C=u.__e,(f.ref!=u.ref||8&f.__u)&&(f.ref&&yt(f.ref,null,u,f),u.ref&&c.push(u.ref,u.__c||C,u)),P=P||C,4&u.__u?(g=Qt(u,g,t,!f.__v),f.__e&&(f.__e=null)):typeof u.type=="function"&&v!==void 0?g=v:C&&(g=C.nextSibling),u.__u&=-21);return r.__e=P,g}function Si(t,n,r,o,i){var d,l,s,g,m,c,A,f,u,C=r.length,P=C,v=0,k=0,N=t.__k=Array(i);for(d=0;d<i;d++)(l=n[d])!=null&&typeof l!="boolean"&&typeof l!="function"?(typeof l!="object"||l.constructor===String?l=N[d]=Ye(null,l):gt(l)?l=N[d]=Ye(I,{children:l}):l.constructor===je&&l.__b?l=N[d]=Ye(l.type,l.props,l.key,l.ref,l.__v):N[d]=l,g=d+v,l.__=t,l.__b=t.__b+1,s=null,~(m=l.__i=xi(l,r,g,P))&&(P--,(s=r[m])&&(s.__u|=2)),s&&s.__v?(l.__u|=16,m==g-1?v--:m==g+1?v++:m!=g&&(m>g?v--:v++,k=1)):(~m||(i>C?v--:i<C&&v++),typeof l.type!="function"&&(l.__u|=4))):N[d]=null;if(k){for(c=[],A=[],d=0;d<i;d++)if((l=N[d])&&16&l.__u){for(v=0,f=c.length;v<f;)c[u=v+f>>1]<l.__i?v=u+1:f=u;c[v]=l.__i,A[d]=v+1}for(v=c.length;d--;)A[d]&&(A[d]==v?v--:N[d].__u|=4)}if(P)for(d=0;d<C;d++)!(s=r[d])||2&s.__u||(s.__e==o&&(o=Ce(s)),ht(s,s));return o}function Qt(t,n,r,o){var i,d,l,s;if(typeof t.type=="function"){if(t.props.__P)return n;if(i=t.__k)for(d=0;d<i.length;d++)i[d]&&(i[d].__=t,n=Qt(i[d],n,r,!1));return n}for(n&&!n.parentNode&&(n=Ce(t))&&!n.parentNode&&(n=null),l=t.__e,s=n;s&&s.nodeType==8;)s=s.nextSibling;for(l!=s&&(!o&&r.moveBefore&&l.parentNode?r.moveBefore(l,n):r.insertBefore(l,n||null)),n=l;(n=n&&n.nextSibling)&&n.nodeType==8&&!n.data.startsWith("$s"););return n}function xi(t,n,r,o){var i,d=t.key,l=t.type,s=n[r],g=s&&!(2&s.__u);if(s===null&&d==null||g&&d==s.key&&l==s.type)return r;if(o>(g?1:0)){for(i=r-1;i>=0;i--)if((s=n[i])&&!(2&s.__u)&&d==s.key&&l==s.type)return i;for(i=r+1;i<n.length;i++)if((s=n[i])&&!(2&s.__u)&&d==s.key&&l==s.type)return i}return-1}function Ft(t,n,r){r==null&&(r=""),n[0]=="-"?t.setProperty(n,r):t[n]=r}function Ge(t,n,r,o,i){var d,l;if(n=="style")if(typeof r=="string")t.style.cssText=r;else{if(typeof o=="string"&&(t.style.cssText=o=""),o)for(n in o)r&&n in r||Ft(t.style,n);if(r)for(n in r)o&&r[n]==o[n]||Ft(t.style,n,r[n])}else if(n[0]=="o"&&n[1]=="n")typeof r!="function"&&(r=null),typeof o!="function"&&(o=null),(t.__e||(t.__e={}))[n]=r,r&&o||(l=pt[n]||(pt[n]=_i(n)),(t.__a||(t.__a={}))[n]=mt,d=n!=(n=n.replace(Ut,"$1")),(n=n.slice(2))[0]<"a"&&(n=n.toLowerCase()),r?t.addEventListener(n,l,d):t.removeEventListener(n,l,d));else{if(i=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in t)try{return void(t[n]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&n[4]!="-"?t.removeAttribute(n):t.setAttribute(n,n=="popover"&&r==1?"":r)}}function _i(t){return function(n){var r=this.__e;if(r){if(r=r[t],n[We]==null)n[We]=mt++;else if(n[We]<this.__a[t])return;return r(L.event?L.event(n):n)}}}function ft(t,n,r,o,i,d,l,s,g,m){var c,A,f,u,C,P,v,k,N,w,T,ve,Qe,he,le,qe,E,ue,fe=n.type;if(n.constructor!==je)return null;128&r.__u&&(g=32&r.__u,c=r.__c.__z)&&(n.__u|=g,A=d=[],c.nodeType==8?s=Ze(c,d):d.push(c),s=d[0]||s),(c=L.__b)&&c(n);e:if(typeof fe=="function"){f=l.length;try{if(k=n.props,N=(c=fe.prototype)&&c.render,w=(c=fe.contextType)&&o[c.__c],T=c?w?w.props.value:c.__:o,(u=r.__c)?(n.__c=u,2&u.__g&&(u.__g|=1)):(N?n.__c=u=new fe(k,T):(n.__c=u=new Je(k,T),u.constructor=fe,u.render=ki),w&&w.sub(u),u.state||(u.state={}),u.__n=o,u.__g|=8,u.__h=[],u.__k=[]),N&&(u.__s||(u.__s=u.state),fe.getDerivedStateFromProps&&(u.__s==u.state&&(u.__s=Pe({},u.__s)),Pe(u.__s,fe.getDerivedStateFromProps(k,u.__s)))),C=u.props,P=u.state,u.__v=n,r.__c){if(k!==C&&N&&!fe.getDerivedStateFromProps&&u.componentWillReceiveProps&&u.componentWillReceiveProps(k,T),n.__v==r.__v&&!(8&u.__g)||!(4&u.__g)&&u.shouldComponentUpdate&&u.shouldComponentUpdate(k,u.__s,T)===!1){n.__v!=r.__v&&(u.props=k,u.state=u.__s,u.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(re){re&&(re.__=n)}),tt.push.apply(u.__h,u.__k),u.__k=[],u.__h.length&&l.push(u),s=Ce(r);break e}u.componentWillUpdate&&u.componentWillUpdate(k,u.__s,T),N&&u.componentDidUpdate&&u.__h.push(function(){u.componentDidUpdate(C,P,v)})}else N&&!fe.getDerivedStateFromProps&&u.componentWillMount&&u.componentWillMount(),N&&u.componentDidMount&&u.__h.push(u.componentDidMount);u.context=T,u.props=k,u.__P=t,u.__g&=-5,ve=L.__r,Qe=N?25:0;do u.__g&=-9,ve&&ve(n),c=u.render(u.props,u.state=u.__s,u.context);while(8&u.__g&&++Qe<25);N&&(tt.push.apply(u.__h,u.__k),u.__k=[]),u.state=u.__s,u.getChildContext&&(o=Pe({},o,u.getChildContext())),N&&r.__c&&u.getSnapshotBeforeUpdate&&(v=u.getSnapshotBeforeUpdate(C,P)),he=c&&c.type===I&&c.key==null?c.props.children:c,k.__P&&(c=s,i=(t=k.__P).namespaceURI,g=d=null,r.props&&r.props.__P!=t&&(r.__k.some(function(re){re&&ht(re,re)}),r.__k=null),s=r.__k?Ce(r,0):null),s=zt(t,gt(he)?he:[he],n,r,o,i,d,l,s,g,m),k.__P&&(n.__e=null,s=c),n.__u&=-161,A&&A.some(De),u.__h.length&&l.push(u),1&u.__g&&(u.__g&=-4)}catch(re){if(l.length=f,n.__v=null,g||d)if(re&&re.then){if(n.__u|=128|g,d){for(~(E=d.indexOf(s||void 0))||(E=d.length);(ue=d[E-1])&&ue.nodeType==8;)E--;for(;E<d.length;E++)if(ue=d[E])if(d[E]=null,le){if(ue==qe)break}else{if(ue.nodeType!=8)break;ue.data.startsWith("$s")&&(qe=Ze(le=ue))}}if(!le){for(;s&&s.nodeType==8&&s.nextSibling;)s=s.nextSibling;le=s}(c=Ze(le=n.__c.__z||(n.__c.__z=le)))?(n.__e=le,s=c):n.__e=s,s=s&&s.nextSibling}else d&&d.some(De);else n.__e=r.__e;n.__k||(n.__k=r.__k||[]),re&&re.then||Gt(n),L.__e(re,n,r)}}else s=n.__e=wi(r.__e,n,r,o,i,d,l,g,m,t);return(c=L.diffed)&&c(n),s}function Ze(t,n){if(t&&t.nodeType==8&&t.data.startsWith("$s"))for(var r=1;t=t.nextSibling;){if(t.nodeType==8){if(t.data.startsWith("$s"))r++;else if(t.data.startsWith("/$s")&&!--r)return t}n&&n.push(t)}}function Gt(t){t&&(t.__c&&(t.__c.__g|=4),t.__k&&t.__k.some(Gt))}function Wt(t,n,r){for(var o=0;o<r.length;)yt(r[o++],r[o++],r[o++]);L.__c&&L.__c(n,t),t.some(function(i){try{t=i.__h,i.__h=[],t.some(function(d){d.call(i)})}catch(d){L.__e(d,i.__v)}})}function wi(t,n,r,o,i,d,l,s,g,m){var c,A,f,u,C,P,v,k,N=r.props||et,w=n.props,T=n.type;if(T=="svg"?i="http://www.w3.org/2000/svg":T=="math"?i="http://www.w3.org/1998/Math/MathML":i||(i="http://www.w3.org/1999/xhtml"),d){for(c=0;c<d.length;c++)if((C=d[c])&&(T?C.localName==T:C.nodeType==3)){t=C,d[c]=null;break}}if(!t){if(k=m.ownerDocument||document,!T)return k.createTextNode(w);t=k.createElementNS(i,T,w.is?w:m),s&&(L.__m&&L.__m(n,d),s=!1),d=null}if(T){if(m=T=="template"&&t.content||t,d=T=="textarea"&&w.defaultValue!=null?null:d&&Kt.call(m.childNodes),!s&&d)for(N={},c=0;c<t.attributes.length;c++)N[(C=t.attributes[c]).name]=C.value;for(c in N)C=N[c],c=="dangerouslySetInnerHTML"?f=C:c=="children"||c in w||c=="value"&&"defaultValue"in w||c=="checked"&&"defaultChecked"in w||Ge(t,c,null,C,i);for(c in w)C=w[c],c=="children"?u=C:c=="dangerouslySetInnerHTML"?A=C:c=="value"?P=C:c=="checked"?v=C:s&&typeof C!="function"||N[c]===C||Ge(t,c,C,N[c],i);A?(s||f&&(A.__html==f.__html||A.__html==t.innerHTML)||(t.innerHTML=A.__html),n.__k=[]):(f&&(t.textContent=""),(T=="foreignObject"||i=="http://www.w3.org/1998/Math/MathML"&&Ii.test(T))&&(i="http://www.w3.org/1999/xhtml"),zt(m,gt(u)?u:[u],n,r,o,i,d,l,d?d[0]:r.__k&&Ce(r,0),s,g),d&&d.some(De)),s&&T!="textarea"||(c="value",T=="progress"&&P==null?t.removeAttribute(c):P==null||P===t[c]&&(T!="progress"||P)||Ge(t,c,P,N[c],i),c="checked",v!=null&&v!=t[c]&&Ge(t,c,v,N[c],i))}else N===w||s&&t.data==w||(t.data=w);return t}function yt(t,n,r,o){try{typeof t=="function"?n?n.__x=t(n)||1:o&&(o=o.__c||o.__e)&&(n=o.__x)&&(o.__x=null,typeof n=="function"?n():t(null)):t.current=n}catch(i){L.__e(i,r)}}function ht(t,n,r){var o,i,d,l;if(L.unmount&&L.unmount(t),!(o=t.ref)||o.current&&o.current!=t.__e||yt(o,null,n,t),o=t.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(s){L.__e(s,n)}o.__P=o.__n=null}if(o=t.__k)for(l=0;l<o.length;l++)o[l]&&ht(o[l],n,typeof t.type!="function"||r&&!t.props.__P);!r&&(o=t.__c)&&(o=o.__z)&&(i=Ze(o,d=[]))&&(o==t.__e&&d.some(De),De(i),De(o)),r||De(t.__e),t.__e=t.__c=t.__=null}function ki(t,n,r){return this.constructor(t,r)}function Yt(t,n){var r,o,i,d;L.__&&L.__(t,n),n.nodeType==9&&(n=n.documentElement),o=(r=t&&32&t.__u)?null:n.__k,n.__k=Ye(I,{children:[t]}),i=[],d=[],ft(n,n.__k,o||et,et,n.namespaceURI,o?null:n.firstChild?Kt.call(n.childNodes):null,i,o?o.__e:n.firstChild,r,d),Wt(i,n.__k,d),n.__k.props.children=null}function Jt(t){function n(r){var o,i;return this.getChildContext||(o=new Set,(i={})[n.__c]=this,this.getChildContext=function(){return i},this.shouldComponentUpdate=function(d){this.props.value!=d.value&&o.forEach(function(l){l.__g|=4,ct(l)})},this.sub=function(d){o.add(d);var l=d.componentWillUnmount;d.componentWillUnmount=function(){o.delete(d),l&&l.call(d)}}),r.children}return n.__c="__cC"+Bt++,n.__=t,n.Provider=(n.Consumer=function(r,o){return r.children(o)}).contextType=n,n}L={__e:function(t,n,r,o){for(var i,d,l;n=n.__;)if((i=n.__c)&&!(1&i.__g)){i.__g|=4;try{if((l=(d=i.constructor)&&d.getDerivedStateFromError)&&i.setState(d.getDerivedStateFromError(t)),i.componentDidCatch&&(i.componentDidCatch(t,o||{}),l=1),l&&8&i.__g)return void(i.__g|=2)}catch(s){t=s}}throw Xe=0,t}},qt=0,Pi=function(t){return t!=null&&t.constructor===je},Je.prototype.setState=function(t,n){var r=this.__s;r&&r!=this.state||(r=this.__s=Pe({},this.state)),typeof t=="function"&&(t=t(Pe({},r),this.props)),t&&(Pe(r,t),this.__v&&(n&&this.__k.push(n),ct(this)))},Je.prototype.forceUpdate=function(t){this.__v&&(this.__g|=4,t&&this.__h.push(t),ct(this))},Je.prototype.render=I,be=[],Xe=0,jt=function(t,n){return t.__v.__b-n.__v.__b},We=Symbol(),Ut=/(PointerCapture)$|Capture$/i,mt=0,pt={},Bt=0;var Ie,H,bt,Zt,Ct=Object.is,Be=0,dn=[],At=[],Q=L,Xt=Q.__b,en=Q.__r,tn=Q.diffed,nn=Q.__c,rn=Q.unmount,on=Q.__;function Ke(t,n){Q.__h&&Q.__h(H,t,Be||n),Be=0;var r=H.__H||(H.__H={__:[],__h:[]});return t>=r.__.length&&r.__.push({}),r.__[t]}function h(t){return Be=1,Ni(mn,t)}function Ni(t,n,r){var o=Ke(Ie++,2);if(o.t=t,!o.__c&&(o.__=[r?r(n):mn(void 0,n),function(d){var l=(o.__N||o.__)[0],s=o.t(l,d);Ct(l,s)||(o.__N=[s,o.__[1]],o.__c.setState({}))}],o.__c=H,!H.__f)){H.__f=!0;var i=H.shouldComponentUpdate;H.shouldComponentUpdate=function(d,l,s){var g=this.__H;if(!g)return!0;var m=!1,c=this.props!=d;if(g.__.some(function(f){f.__N&&(m=!0,Ct(f.__[0],f.__N[0])||(c=!0))}),i){var A=i.call(this,d,l,s);return m?A||c:A}return!m||c}}return o.__}function J(t,n){var r=Ke(Ie++,3);!Q.__s&&cn(r.__H,n)&&(r.__P=!0,r.__=t,r.u=n,H.__H.__h.push(r))}function Ve(t){return Be=5,ln(function(){return{current:t}},[])}function ln(t,n){var r=Ke(Ie++,7);return cn(r.__H,n)&&(r.__=t(),r.__H=n),r.__}function un(t,n){return Be=8,ln(function(){return t},n)}function pn(t){var n=H.context[t.__c],r=Ke(Ie++,9);return r.c=t,n?(r.__==null&&(r.__=!0,n.sub(H)),n.props.value):t.__}function te(){var t=Ke(Ie++,11);if(!t.__){for(var n=H.__v;!n.__m&&n.__;)n=n.__;var r=n.__m||(n.__m=[0,0]);t.__="P"+r[0]+"-"+r[1]++}return t.__}function Ti(){var t;do{for(;t=At.shift();)try{Ue(t)}catch(r){Q.__e(r,{__:(t=t.__P)&&t.__v})}for(;t=dn.shift();){var n=t.__H;if(t.__P&&n)try{n.__h.some(Ue),n.__h.some(vt),n.__h=[]}catch(r){n.__h=[],Q.__e(r,t.__v)}}}while(At.length)}Q.__b=function(t){H=null,Xt&&Xt(t)},Q.__=function(t,n){t&&n.__k&&n.__k.__m&&(t.__m=n.__k.__m),on&&on(t,n)},Q.__r=function(t){en&&en(t),Ie=0;var n=(H=t.__c).__H;n&&(bt==H?H.__h=[]:(n.__h.some(Ue),n.__h.some(vt),Ie=0),n.__h=[],n.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),bt=H},Q.diffed=function(t){tn&&tn(t);var n=t.__c;n&&n.__H&&(n.__H.__h.length&&sn(dn.push(n)),n.__H.__.some(function(r){r.u&&(r.__H=r.u)})),bt=H=null},Q.__c=function(t,n){n.some(function(r){try{r.__h.some(Ue),r.__h=r.__h.filter(function(o){return!o.__||vt(o)})}catch(o){r.__h=[function(){throw o}]}}),nn&&nn(t,n)},Q.unmount=function(t){rn&&rn(t);var n,r,o=t.__c;o&&o.__H&&(o.__H.__.some(function(i){try{if(i.__P&&i.__c){if(r===void 0){for(r=t.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}i.__P=r,sn(At.push(i))}else Ue(i)}catch(d){n=d}}),o.__H=void 0,n&&Q.__e(n,o.__v))};var an=typeof requestAnimationFrame=="function";function Mi(t){var n,r=function(){clearTimeout(o),an&&cancelAnimationFrame(n),setTimeout(t)},o=setTimeout(r,35);an&&(n=requestAnimationFrame(r))}function sn(t){t!=1&&Zt==Q.requestAnimationFrame||((Zt=Q.requestAnimationFrame)||Mi)(Ti)}function Ue(t){var n=H,r=t.__c;typeof r=="function"&&(t.__c=void 0,r()),H=n}function vt(t){var n=H;t.__c=t.__(),H=n}function cn(t,n){return!t||t.length!=n.length||n.some(function(r,o){return!Ct(r,t[o])})}function mn(t,n){return typeof n=="function"?n(t):n}var gn="pppdesk.admin.lang",Pt=Ei(),Dt=new Set;function Ei(){try{return localStorage.getItem(gn)==="en"?"en":"ja"}catch{return"ja"}}function $e(){return Pt}function fn(t){Pt=t;try{localStorage.setItem(gn,t)}catch{}document.documentElement.lang=t,Dt.forEach(n=>n())}function yn(t){return Dt.add(t),()=>Dt.delete(t)}function we(t,n){return(r,o)=>{let i=(Pt==="en"?n[r]:t[r])??String(r);return o?i.replace(/\{(\w+)\}/g,(d,l)=>l in o?String(o[l]):d):i}}var y=we({appName:"公民連携デスク 管理画面",skipToMain:"本文へ移動",language:"言語",switchLang:"English",signIn:"サインイン",signOut:"サインアウト",signingIn:"サインイン中…",email:"メールアドレス",password:"パスワード",municipality:"自治体（省略可）",municipalityHelp:"複数の自治体を運用しているときだけ、自治体の識別名（例: aomori）を入力します。",signInTitle:"職員サインイン",signedInAs:"{name}（{dept}）",home:"ホーム",mainNav:"メインメニュー",loading:"読み込み中…",retry:"再読み込み",save:"保存",cancel:"キャンセル",ok:"OK",confirm:"確認",close:"閉じる",next:"次へ",prev:"前へ",first:"最初へ",totalCount:"全{n}件",pageInfo:"{from}〜{to}件目 / 全{n}件",empty:"該当するものはありません。",notFound:"お探しのページは見つかりません。",backHome:"ホームへ戻る",required:"必須",yes:"はい",no:"いいえ",proposerOnly:"この管理画面は職員用です。提案者の方は提案用のポータルをご利用ください。",errBadInput:"入力内容を確認してください。",errConflict:"ほかの人が先に変更しました。画面を再読み込みしてからやり直してください。",errForbidden:"この操作を行う権限がありません。",errNotFound:"対象が見つかりません（削除されたか、見る権限がありません）。",errUnauthenticated:"サインインの有効期限が切れました。もう一度サインインしてください。",errRateLimited:"操作が続いたため一時的に受け付けを止めています。少し待ってからやり直してください。",errUnavailable:"サーバーが一時的に応答できません。少し待ってからやり直してください。",errInternal:"サーバーで問題が起きました。時間をおいてやり直し、続く場合はシステム担当へ連絡してください。",errNetwork:"サーバーに接続できません。ネットワークを確認してください。",errField:"項目「{field}」",serverSays:"サーバーからの説明: {msg}",loginFailed:"メールアドレスまたはパスワードが違います。"},{appName:"PPP Desk Admin",skipToMain:"Skip to main content",language:"Language",switchLang:"日本語",signIn:"Sign in",signOut:"Sign out",signingIn:"Signing in…",email:"Email",password:"Password",municipality:"Municipality (optional)",municipalityHelp:"Only when the server runs several municipalities: its identifier (e.g. aomori).",signInTitle:"Staff sign-in",signedInAs:"{name} ({dept})",home:"Home",mainNav:"Main menu",loading:"Loading…",retry:"Reload",save:"Save",cancel:"Cancel",ok:"OK",confirm:"Confirm",close:"Close",next:"Next",prev:"Previous",first:"First page",totalCount:"{n} in total",pageInfo:"{from}–{to} of {n}",empty:"Nothing matches.",notFound:"This page does not exist.",backHome:"Back to home",required:"required",yes:"Yes",no:"No",proposerOnly:"This admin is for staff. Proposers please use the proposal portal.",errBadInput:"Please check your input.",errConflict:"Someone changed this first. Reload the page and try again.",errForbidden:"You may not do this.",errNotFound:"Not found (deleted, or you may not see it).",errUnauthenticated:"Your sign-in has expired. Please sign in again.",errRateLimited:"Too many attempts for now. Wait a little and try again.",errUnavailable:"The server cannot answer right now. Try again shortly.",errInternal:"The server had a problem. Try again later; if it persists, contact the system administrator.",errNetwork:"Cannot reach the server. Check the network.",errField:'Field "{field}"',serverSays:"Server: {msg}",loginFailed:"Wrong email or password."});var It="pppdesk.admin.token";function Se(){try{return sessionStorage.getItem(It)}catch{return null}}function xe(t){try{t?sessionStorage.setItem(It,t):sessionStorage.removeItem(It)}catch{}$t.forEach(n=>n(t!==null))}var $t=new Set;function hn(t){return $t.add(t),()=>$t.delete(t)}var bn=new URL("../",location.href),Oi=new URL("graphql",bn),V=class extends Error{constructor(r,o,i){super(o);this.code=r;this.serverMessage=o;this.field=i}code;serverMessage;field;clerkMessage(){let o=[{BAD_USER_INPUT:y("errBadInput"),CONFLICT:y("errConflict"),FORBIDDEN:y("errForbidden"),NOT_FOUND:y("errNotFound"),UNAUTHENTICATED:y("errUnauthenticated"),RATE_LIMITED:y("errRateLimited"),UNAVAILABLE:y("errUnavailable"),INTERNAL:y("errInternal"),NETWORK:y("errNetwork")}[this.code]];return this.field&&o.push(y("errField",{field:this.field})),this.serverMessage&&this.code!=="INTERNAL"&&this.code!=="NETWORK"&&o.push(y("serverSays",{msg:this.serverMessage})),o.join(" ")}};function Cn(t){return t instanceof V?t.clerkMessage():y("errInternal")}var Ri=new Set(["BAD_USER_INPUT","CONFLICT","FORBIDDEN","NOT_FOUND","UNAUTHENTICATED","RATE_LIMITED","UNAVAILABLE","INTERNAL"]);function Li(t){let n=t.extensions?.code??"INTERNAL";return new V(Ri.has(n)?n:"INTERNAL",t.message,t.extensions?.field)}async function An(t,n){let r=Se();r&&(n.Authorization=`Bearer ${r}`),n.Accept="application/graphql-response+json, application/json";let o;try{o=await fetch(Oi,{...t,headers:n,credentials:"omit",cache:"no-store"})}catch{throw new V("NETWORK","")}let i;try{i=await o.json()}catch{throw new V(o.status>=500?"UNAVAILABLE":"NETWORK",`HTTP ${o.status}`)}if(i.errors&&i.errors.length>0){let d=Li(i.errors[0]);throw d.code==="UNAUTHENTICATED"&&r&&xe(null),d}if(!i.data)throw new V("INTERNAL",`HTTP ${o.status}`);return i.data}function x(t,n,r={}){let o={"Content-Type":"application/json"};return r.municipality&&(o["X-Municipality"]=r.municipality),An({method:"POST",body:JSON.stringify({query:t.toString(),variables:n})},o)}function nt(t,n,r){let o=new FormData;o.append("operations",JSON.stringify({query:t.toString(),variables:n}));let i={};return r.forEach((d,l)=>i[String(l)]=[d.path]),o.append("map",JSON.stringify(i)),r.forEach((d,l)=>o.append(String(l),d.file,d.file.name)),An({method:"POST",body:o},{"GraphQL-Require-Preflight":"1"})}function St(t){return new URL(t.replace(/^\/+/,""),bn)}async function vn(t,n){let r=Se(),o;try{o=await fetch(St(t),{headers:r?{Authorization:`Bearer ${r}`}:{},credentials:"omit"})}catch{throw new V("NETWORK","")}if(o.status===401)throw xe(null),new V("UNAUTHENTICATED","");if(o.status===403)throw new V("FORBIDDEN","");if(o.status===404)throw new V("NOT_FOUND","");if(!o.ok)throw new V(o.status===429?"RATE_LIMITED":"UNAVAILABLE",`HTTP ${o.status}`);let i=URL.createObjectURL(await o.blob()),d=document.createElement("a");d.href=i,d.download=n,document.body.appendChild(d),d.click(),d.remove(),setTimeout(()=>URL.revokeObjectURL(i),1e4)}var D=class extends String{__apiType;value;__meta__;constructor(n,r){super(n),this.value=n,this.__meta__=r}toString(){return this.value}},Dn=new D(`
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}
    `,{fragmentName:"ContentMediaItem"}),Pn=new D(`
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
    `,{fragmentName:"InboxRow"}),In=new D(`
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
    `,{fragmentName:"ProposalPageFields"}),$n=new D(`
    mutation Logout {
  logout
}
    `),Sn=new D(`
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
    `),xn=new D(`
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
}`),_n=new D(`
    mutation ContentAgreementCreate($input: AgreementInput!) {
  createAgreement(input: $input) {
    id
  }
}
    `),wn=new D(`
    mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
  updateAgreement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),kn=new D(`
    mutation ContentAgreementDelete($id: ID!) {
  deleteAgreement(id: $id)
}
    `),Nn=new D(`
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
    `),Tn=new D(`
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
}`),Mn=new D(`
    mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
  createAnnouncement(input: $input) {
    id
  }
}
    `),En=new D(`
    mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
  updateAnnouncement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),On=new D(`
    mutation ContentAnnouncementDelete($id: ID!) {
  deleteAnnouncement(id: $id)
}
    `),Rn=new D(`
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
    `),Ln=new D(`
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
}`),Fn=new D(`
    mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
  createCaseStudy(input: $input) {
    id
  }
}
    `),qn=new D(`
    mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
  updateCaseStudy(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),jn=new D(`
    mutation ContentCaseStudyDelete($id: ID!) {
  deleteCaseStudy(id: $id)
}
    `),Un=new D(`
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
    `),Bn=new D(`
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
}`),Kn=new D(`
    mutation ContentChallengeCreate($input: ChallengeInput!) {
  createChallenge(input: $input) {
    id
  }
}
    `),Vn=new D(`
    mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
  updateChallenge(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Hn=new D(`
    mutation ContentChallengeDelete($id: ID!) {
  deleteChallenge(id: $id)
}
    `),zn=new D(`
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
    `),Qn=new D(`
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
    `),Gn=new D(`
    mutation ContentMethodCreate($input: CollaborationMethodInput!) {
  createCollaborationMethod(input: $input) {
    id
  }
}
    `),Wn=new D(`
    mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
  updateCollaborationMethod(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Yn=new D(`
    mutation ContentMethodDelete($id: ID!) {
  deleteCollaborationMethod(id: $id)
}
    `),Jn=new D(`
    mutation ContentMethodRestore($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),Zn=new D(`
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
}`),Xn=new D(`
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
    `),er=new D(`
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
}`),tr=new D(`
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
    `),nr=new D(`
    mutation ContentProjectCreate($input: ProjectInput!) {
  createProject(input: $input) {
    id
  }
}
    `),rr=new D(`
    mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
  updateProject(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),ir=new D(`
    mutation ContentProjectDelete($id: ID!) {
  deleteProject(id: $id)
}
    `),or=new D(`
    mutation ContentPublish($id: ID!, $at: DateTime) {
  publish(id: $id, at: $at) {
    id
  }
}
    `),ar=new D(`
    mutation ContentUnpublish($id: ID!) {
  unpublish(id: $id) {
    id
  }
}
    `),sr=new D(`
    mutation ContentArchive($id: ID!) {
  archive(id: $id) {
    id
  }
}
    `),dr=new D(`
    mutation ContentRestoreDeleted($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),lr=new D(`
    mutation ContentPreviewToken($id: ID!) {
  createPreviewToken(id: $id) {
    token
    expiresAt
  }
}
    `),ur=new D(`
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
    `),pr=new D(`
    mutation ContentRestoreRevision($id: ID!) {
  restoreRevision(id: $id) {
    id
  }
}
    `),cr=new D(`
    mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
  attachMedia(contentId: $contentId, file: $file, alt: $alt) {
    id
    fileName
  }
}
    `),mr=new D(`
    mutation ContentUpdateMedia($id: ID!, $alt: String!) {
  updateMedia(id: $id, alt: $alt) {
    id
    alt
  }
}
    `),gr=new D(`
    mutation ContentDeleteMedia($id: ID!) {
  deleteMedia(id: $id)
}
    `),fr=new D(`
    query ContentDepartments {
  municipality {
    departments {
      id
      name
    }
  }
}
    `),yr=new D(`
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
    `),hr=new D(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
  }
}
    `),br=new D(`
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
}`),Cr=new D(`
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
}`),Ar=new D(`
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
}`),vr=new D(`
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
}`),Dr=new D(`
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
    `),Pr=new D(`
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
    `),Ir=new D(`
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
}`),$r=new D(`
    mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `),Sr=new D(`
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
}`),xr=new D(`
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
    `),_r=new D(`
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
}`),wr=new D(`
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
    `);var qi={"\n  mutation Logout {\n    logout\n  }\n":$n,"\n  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          signedOn\n          parties {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Sn,"\n  query ContentAgreement($id: ID!) {\n    agreement(id: $id) {\n      id\n      kind\n      title\n      purpose\n      parties {\n        id\n        name\n      }\n      signedOn\n      termStartOn\n      termEndOn\n      items\n      merits {\n        side\n        description\n      }\n      status\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":xn,"\n  mutation ContentAgreementCreate($input: AgreementInput!) {\n    createAgreement(input: $input) {\n      id\n    }\n  }\n":_n,"\n  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {\n    updateAgreement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":wn,"\n  mutation ContentAgreementDelete($id: ID!) {\n    deleteAgreement(id: $id)\n  }\n":kn,"\n  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {\n    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          category\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Nn,"\n  query ContentAnnouncement($id: ID!) {\n    announcement(id: $id) {\n      id\n      title\n      body\n      category\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":Tn,"\n  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      id\n    }\n  }\n":Mn,"\n  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {\n    updateAnnouncement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":En,"\n  mutation ContentAnnouncementDelete($id: ID!) {\n    deleteAnnouncement(id: $id)\n  }\n":On,"\n  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {\n    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          locality\n          category\n          startOn\n          endOn\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Rn,"\n  query ContentCaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      title\n      locality\n      program\n      category\n      partners {\n        id\n        name\n      }\n      startOn\n      endOn\n      dateNote\n      summary\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      tags\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":Ln,"\n  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n    }\n  }\n":Fn,"\n  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {\n    updateCaseStudy(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":qn,"\n  mutation ContentCaseStudyDelete($id: ID!) {\n    deleteCaseStudy(id: $id)\n  }\n":jn,"\n  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {\n    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          department {\n            name\n          }\n          opensAt\n          closesAt\n          isOpen\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Un,"\n  query ContentChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      background\n      desiredOutcome\n      department {\n        id\n        name\n      }\n      tags\n      opensAt\n      closesAt\n      isOpen\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":Bn,"\n  mutation ContentChallengeCreate($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n    }\n  }\n":Kn,"\n  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {\n    updateChallenge(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Vn,"\n  mutation ContentChallengeDelete($id: ID!) {\n    deleteChallenge(id: $id)\n  }\n":Hn,"\n  query ContentMethodList($first: Int, $after: String) {\n    collaborationMethods(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          key\n          name\n          position\n        }\n      }\n    }\n  }\n":zn,"\n  query ContentMethod($id: ID!) {\n    collaborationMethod(id: $id) {\n      id\n      key\n      name\n      description\n      position\n      version\n    }\n  }\n":Qn,"\n  mutation ContentMethodCreate($input: CollaborationMethodInput!) {\n    createCollaborationMethod(input: $input) {\n      id\n    }\n  }\n":Gn,"\n  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {\n    updateCollaborationMethod(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Wn,"\n  mutation ContentMethodDelete($id: ID!) {\n    deleteCollaborationMethod(id: $id)\n  }\n":Yn,"\n  mutation ContentMethodRestore($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":Jn,"\n  query ContentPreview($token: String!) {\n    preview(token: $token) {\n      __typename\n      id\n      ... on Challenge {\n        title\n        background\n        desiredOutcome\n        department {\n          name\n        }\n        tags\n        opensAt\n        closesAt\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on CaseStudy {\n        title\n        locality\n        program\n        caseCategory: category\n        startOn\n        endOn\n        dateNote\n        summary\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        tags\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Agreement {\n        title\n        agreementKind: kind\n        purpose\n        parties {\n          name\n        }\n        signedOn\n        termStartOn\n        termEndOn\n        items\n        merits {\n          side\n          description\n        }\n        agreementStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Project {\n        title\n        projectKind: kind\n        summary\n        startOn\n        endOn\n        site\n        leadDepartment {\n          name\n        }\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        projectStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Announcement {\n        title\n        body\n        category\n        media {\n          ...ContentMediaItem\n        }\n      }\n    }\n  }\n":Zn,"\n  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          startOn\n          endOn\n          leadDepartment {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Xn,"\n  query ContentProject($id: ID!) {\n    project(id: $id) {\n      id\n      kind\n      title\n      summary\n      startOn\n      endOn\n      site\n      leadDepartment {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      status\n      agreement {\n        id\n        title\n      }\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":er,"\n  query ContentProjectAgreements {\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":tr,"\n  mutation ContentProjectCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n":nr,"\n  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {\n    updateProject(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":rr,"\n  mutation ContentProjectDelete($id: ID!) {\n    deleteProject(id: $id)\n  }\n":ir,"\n  mutation ContentPublish($id: ID!, $at: DateTime) {\n    publish(id: $id, at: $at) {\n      id\n    }\n  }\n":or,"\n  mutation ContentUnpublish($id: ID!) {\n    unpublish(id: $id) {\n      id\n    }\n  }\n":ar,"\n  mutation ContentArchive($id: ID!) {\n    archive(id: $id) {\n      id\n    }\n  }\n":sr,"\n  mutation ContentRestoreDeleted($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":dr,"\n  mutation ContentPreviewToken($id: ID!) {\n    createPreviewToken(id: $id) {\n      token\n      expiresAt\n    }\n  }\n":lr,"\n  query ContentRevisions($id: ID!) {\n    revisions(id: $id) {\n      id\n      number\n      author {\n        displayName\n      }\n      createdAt\n      pending\n    }\n  }\n":ur,"\n  mutation ContentRestoreRevision($id: ID!) {\n    restoreRevision(id: $id) {\n      id\n    }\n  }\n":pr,"\n  fragment ContentMediaItem on Media {\n    id\n    fileName\n    contentType\n    size\n    url\n    alt\n  }\n":Dn,"\n  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {\n    attachMedia(contentId: $contentId, file: $file, alt: $alt) {\n      id\n      fileName\n    }\n  }\n":cr,"\n  mutation ContentUpdateMedia($id: ID!, $alt: String!) {\n    updateMedia(id: $id, alt: $alt) {\n      id\n      alt\n    }\n  }\n":mr,"\n  mutation ContentDeleteMedia($id: ID!) {\n    deleteMedia(id: $id)\n  }\n":gr,"\n  query ContentDepartments {\n    municipality {\n      departments {\n        id\n        name\n      }\n    }\n  }\n":fr,"\n  query ContentPartners($search: String) {\n    partners(first: 30, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n":yr,"\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n":hr,"\n  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {\n    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":br,"\n  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {\n    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Cr,"\n  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {\n    decideProposal(id: $id, decision: $decision, reason: $reason) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Ar,"\n  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {\n    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":vr,"\n  query ProposalAssignDepartments {\n    municipality {\n      departments {\n        id\n        name\n        kind\n        parent {\n          id\n        }\n      }\n    }\n  }\n":Dr,"\n  query ProposalLinkOutcomes {\n    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":Pr,"\n  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {\n    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Ir,"\n  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n":$r,"\n  fragment InboxRow on Proposal {\n    id\n    title\n    kind\n    status\n    submittedAt\n    organization {\n      name\n    }\n    challenge {\n      title\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      respondedAt\n    }\n  }\n":Pn,"\n  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxRow\n        }\n      }\n    }\n  }\n":Sr,"\n  query InboxOptions {\n    municipality {\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n    challenges(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":xr,"\n  fragment ProposalPageFields on Proposal {\n    id\n    kind\n    title\n    summary\n    body\n    desiredScheme\n    status\n    version\n    submittedAt\n    decidedAt\n    createdAt\n    challenge {\n      id\n      title\n    }\n    organization {\n      name\n    }\n    resources {\n      side\n      kind\n      description\n    }\n    merits {\n      side\n      description\n    }\n    contact {\n      affiliation\n      name\n      email\n      phone\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      opinion\n      feasible\n      respondedAt\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      reason\n      at\n      actor {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      messageId\n      downloadUrl\n      createdAt\n    }\n    project {\n      id\n      title\n    }\n    agreement {\n      id\n      title\n    }\n  }\n":In,"\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n":_r,"\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n  }\n":wr};function b(t){return qi[t]??{}}function M(t,n,r=!1){let o=JSON.stringify(n),[i,d]=h(void 0),[l,s]=h(void 0),[g,m]=h(!r),c=Ve(0),A=un(async()=>{if(r)return;let f=++c.current;m(!0);try{let u=await x(t,JSON.parse(o));f===c.current&&(d(u),s(void 0))}catch(u){f===c.current&&s(u instanceof V?u:new V("INTERNAL",String(u)))}finally{f===c.current&&m(!1)}},[t,o,r]);return J(()=>{A()},[A]),{data:i,error:l,loading:g,reload:A}}function G(t){let[n,r]=h(!1),[o,i]=h(void 0);return{run:async(...l)=>{r(!0),i(void 0);try{return await t(...l)}catch(s){i(s instanceof V?s:new V("INTERNAL",String(s)));return}finally{r(!1)}},busy:n,error:o,clear:()=>i(void 0)}}function kr(){let t=location.hash.replace(/^#/,"")||"/",n=t.indexOf("?");return n<0?{path:t,query:new URLSearchParams}:{path:t.slice(0,n),query:new URLSearchParams(t.slice(n+1))}}function Nr(){let[t,n]=h(kr);return J(()=>{let r=()=>n(kr());return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),t}function q(t,n){let r=new URLSearchParams;for(let[i,d]of Object.entries(n??{}))d&&r.set(i,d);let o=r.toString();return`#${t}${o?`?${o}`:""}`}function rt(t,n){location.hash=q(t,n)}function ji(t,n){let r=t.split("/").filter(Boolean),o=n.split("/").filter(Boolean);if(r.length!==o.length)return null;let i={};for(let d=0;d<r.length;d++){let l=r[d];if(l.startsWith(":"))i[l.slice(1)]=decodeURIComponent(o[d]);else if(l!==o[d])return null}return i}function Tr(t,n){for(let r of t){let o=ji(r.path,n);if(o)return{route:r,params:o}}return null}var Mr=b(`
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
`);function ie(t,n){return!n||!t.permissions?!0:t.permissions.some(r=>r.resource===n.resource&&r.action===n.action)}var xt=Jt(null);function ke(){let t=pn(xt);if(!t)throw new Error("useViewer outside a signed-in app");return t}var Ui=Symbol.for("pv"),Bi=0;function e(t,n,r,o,i,d){n||(n={});var l,s,g=n;if("ref"in g&&typeof t!="function")for(s in g={},n)s=="ref"?l=n[s]:g[s]=n[s];var m={type:t,props:g,key:r,ref:l,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Ui,__v:--Bi,__i:-1,__u:0};return(i||d)&&(m.__source=i,m.__self=d),L.vnode&&L.vnode(m),m}function Er(){let t=ke(),n=He.filter(r=>r.nav&&r.path!=="/"&&ie(t,r.permission)).sort((r,o)=>r.nav.order-o.nav.order);return e("section",{children:[e("h1",{children:y("home")}),e("p",{children:[t.municipality.deskName," — ",t.me.displayName]}),e("ul",{class:"tiles",children:n.map(r=>e("li",{children:e("a",{class:"tile",href:q(r.path),children:r.nav.label()})},r.path))})]})}var p=we({navInbox:"提案の受付",inboxTitle:"提案の受付",inboxCaption:"提案の一覧",attentionTitle:"要対応",attentionHelp:"未読の対話がある提案と、担当課の回答期限を過ぎた提案です。",attentionCaption:"要対応の提案",attentionNone:"要対応の提案はありません。",statusTabs:"状態で絞り込み",all:"すべて",filters:"絞り込み",search:"キーワード（件名・概要・内容）",kind:"種類",challenge:"対象の行政課題",department:"担当課",submittedFrom:"提出日（から）",submittedTo:"提出日（まで）",submittedRange:"提出日",apply:"絞り込む",reset:"条件をクリア",any:"指定しない",onlyAttention:"要対応のみ",colTitle:"件名",colProposer:"提案者",colKind:"種類",colStatus:"状態",colSubmitted:"提出日",colAssigned:"担当課（回答期限）",colFlags:"お知らせ",unread:"未読 {n}件",overdue:"回答期限超過",notSubmitted:"未提出",kindFREE:"自由提案",kindCHALLENGE:"課題提案",statusDRAFT:"下書き",statusSUBMITTED:"提出済み",statusIN_DIALOGUE:"対話・庁内調整中",statusACCEPTED:"採択",statusDECLINED:"不採択",statusWITHDRAWN:"取下げ",back:"提案の一覧へ戻る",notFound:"この提案は見つかりません（削除されたか、見る権限がありません）。",secContent:"提案の内容",summary:"概要",body:"内容",desiredScheme:"希望する連携手法",organization:"提案者",resources:"双方が提供するもの（リソース）",resourcesCaption:"提供リソース（ヒト・モノ・カネ・情報）",side:"提供する側",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",merits:"期待されるメリット",meritFor:"{side}のメリット",contact:"連絡先",affiliation:"所属",contactName:"氏名",phone:"電話番号",email:"メールアドレス",none:"（なし）",dates:"日付",submittedAt:"提出日時",decidedAt:"採否の決定日時",createdAt:"作成日時",secAttachments:"添付ファイル",download:"{name} をダウンロード",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",noAttachments:"添付ファイルはありません。",onMessage:"（対話のメッセージに添付）",attach:"ファイルを添付",attachFile:"添付するファイル",attached:"{name} を添付しました。",secAssignments:"担当課への検討依頼",noAssignments:"担当課への依頼はまだありません。",assignmentsCaption:"担当課への依頼と回答",dueOn:"回答期限",feasible:"実施可否",feasibleYes:"実施可能",feasibleNo:"実施困難",notAnswered:"未回答",answered:"回答済み",opinion:"意見",respondedAt:"回答日時",secDialogue:"対話",dialogueHelp:"提案者とのメッセージは提案者にも見えます。庁内メモは職員（デスク・担当課）だけが見られます。",noMessages:"メッセージはまだありません。",sharedMessage:"提案者とのメッセージ",internalNote:"庁内メモ",internalNoteHint:"提案者には見えません",postKind:"投稿の種類",postBody:"本文",post:"投稿する",posted:"投稿しました。",postedNote:"庁内メモを投稿しました。",secHistory:"履歴",historyCaption:"提案の履歴",colWhen:"日時",colAction:"操作",colChange:"状態の変化",colActor:"行為者",colReason:"理由・内容",actCREATE:"作成",actUPDATE:"更新",actSUBMIT:"提出",actASSIGN:"担当課へ依頼",actRESPOND:"担当課が回答",actDECIDE:"採否の決定",actWITHDRAW:"取下げ",actLINK:"事業・協定の結び付け",actorPROPOSER:"提案者",actorDEPARTMENT:"担当課",actorDESK:"デスク",secActions:"手続き",noActions:"この提案に対して、いまあなたができる手続きはありません。",assignTitle:"担当課に検討を依頼する",assignHelp:"依頼する担当課を選び、回答期限を決めます。",assignDepartments:"依頼する担当課",assignDue:"回答期限（省略可）",assignSubmit:"依頼する",assigned:"担当課に依頼しました。",assignPick:"担当課を1つ以上選んでください。",respondTitle:"検討結果を回答する",respondOpinion:"意見",respondFeasible:"実施可否",respondSubmit:"回答する",responded:"回答しました。",opinionRequired:"意見を入力してください。",decideTitle:"採否を決める",decision:"採否",decideAccept:"採択する",decideDecline:"不採択とする",reason:"理由",reasonHelp:"理由は提案者にも伝わります。",reasonRequired:"理由を入力してください。",decideSubmit:"決定する",decideConfirm:"「{title}」を{decision}。よろしいですか？",decideConfirmTitle:"採否の確認",decided:"採否を決定しました。",linkTitle:"成果の事業・協定を結び付ける",linkHelp:"採択した提案から生まれた連携事業・協定を選ぶか、新しく下書きを作ります。",linkProject:"連携事業",linkAgreement:"連携協定",linkExisting:"既存のものを選ぶ",linkNew:"新しく下書きを作る",linkNone:"結び付けない",linkPick:"選択してください",newKind:"種類",newTitle:"名称（省略時は提案の件名）",linkSubmit:"結び付ける",linked:"結び付けました。",linkNothing:"事業か協定を1つ以上指定してください。",currentProject:"結び付いた連携事業",currentAgreement:"結び付いた連携協定",projPARTNERSHIP:"パートナーシップ事業",projDEMONSTRATION:"実証実験サポート事業",agrBUSINESS:"事業連携協定",agrCOMPREHENSIVE:"包括連携協定",agrMEMORANDUM:"覚書"},{navInbox:"Proposals",inboxTitle:"Proposal inbox",inboxCaption:"Proposals",attentionTitle:"Needs attention",attentionHelp:"Proposals with unread dialogue, and proposals whose department answer is overdue.",attentionCaption:"Proposals needing attention",attentionNone:"Nothing needs attention.",statusTabs:"Filter by status",all:"All",filters:"Filters",search:"Keywords (title, summary, body)",kind:"Kind",challenge:"Challenge answered",department:"Department",submittedFrom:"Submitted from",submittedTo:"Submitted until",submittedRange:"Submission date",apply:"Apply",reset:"Clear filters",any:"Any",onlyAttention:"Needs attention only",colTitle:"Title",colProposer:"Proposer",colKind:"Kind",colStatus:"Status",colSubmitted:"Submitted",colAssigned:"Departments (due)",colFlags:"Alerts",unread:"{n} unread",overdue:"Overdue",notSubmitted:"Not submitted",kindFREE:"Free proposal",kindCHALLENGE:"Challenge proposal",statusDRAFT:"Draft",statusSUBMITTED:"Submitted",statusIN_DIALOGUE:"In dialogue",statusACCEPTED:"Accepted",statusDECLINED:"Declined",statusWITHDRAWN:"Withdrawn",back:"Back to the proposals",notFound:"This proposal was not found (deleted, or you may not see it).",secContent:"Proposal",summary:"Summary",body:"Details",desiredScheme:"Desired scheme",organization:"Proposer",resources:"What each side contributes",resourcesCaption:"Resources (people, goods, money, information)",side:"Side",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",merits:"Expected merits",meritFor:"For the {side}",contact:"Contact",affiliation:"Affiliation",contactName:"Name",phone:"Phone",email:"Email",none:"(none)",dates:"Dates",submittedAt:"Submitted",decidedAt:"Decided",createdAt:"Created",secAttachments:"Attachments",download:"Download {name}",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",noAttachments:"No attachments.",onMessage:"(attached to a message)",attach:"Attach a file",attachFile:"File to attach",attached:"Attached {name}.",secAssignments:"Requests to departments",noAssignments:"No department has been asked yet.",assignmentsCaption:"Requests and answers",dueOn:"Due",feasible:"Feasible",feasibleYes:"Feasible",feasibleNo:"Not feasible",notAnswered:"Not answered",answered:"Answered",opinion:"Opinion",respondedAt:"Answered",secDialogue:"Dialogue",dialogueHelp:"Messages are seen by the proposer. Internal notes are seen by staff (desk and departments) only.",noMessages:"No messages yet.",sharedMessage:"Message to the proposer",internalNote:"Internal note",internalNoteHint:"not shown to the proposer",postKind:"Kind of post",postBody:"Text",post:"Post",posted:"Posted.",postedNote:"Internal note posted.",secHistory:"History",historyCaption:"History of the proposal",colWhen:"When",colAction:"Action",colChange:"Status change",colActor:"By",colReason:"Reason / detail",actCREATE:"Created",actUPDATE:"Updated",actSUBMIT:"Submitted",actASSIGN:"Assigned to departments",actRESPOND:"Department answered",actDECIDE:"Decided",actWITHDRAW:"Withdrawn",actLINK:"Linked to project/agreement",actorPROPOSER:"Proposer",actorDEPARTMENT:"Department",actorDESK:"Desk",secActions:"Actions",noActions:"There is nothing you can do on this proposal now.",assignTitle:"Ask departments to review",assignHelp:"Choose the departments and a due date for their answer.",assignDepartments:"Departments to ask",assignDue:"Due date (optional)",assignSubmit:"Send request",assigned:"The departments were asked.",assignPick:"Choose at least one department.",respondTitle:"Answer the request",respondOpinion:"Opinion",respondFeasible:"Feasible?",respondSubmit:"Send answer",responded:"Answer sent.",opinionRequired:"Please write an opinion.",decideTitle:"Decide",decision:"Decision",decideAccept:"Accept",decideDecline:"Decline",reason:"Reason",reasonHelp:"The proposer sees the reason.",reasonRequired:"Please give a reason.",decideSubmit:"Decide",decideConfirm:'Decide "{title}": {decision}. Continue?',decideConfirmTitle:"Confirm the decision",decided:"Decision recorded.",linkTitle:"Link the resulting project or agreement",linkHelp:"Choose the project or agreement that came from this accepted proposal, or create a draft.",linkProject:"Project",linkAgreement:"Agreement",linkExisting:"Choose an existing one",linkNew:"Create a draft",linkNone:"Do not link",linkPick:"Choose",newKind:"Kind",newTitle:"Title (the proposal's title when empty)",linkSubmit:"Link",linked:"Linked.",linkNothing:"Give a project or an agreement.",currentProject:"Linked project",currentAgreement:"Linked agreement",projPARTNERSHIP:"Partnership project",projDEMONSTRATION:"Supported field trial",agrBUSINESS:"Business agreement",agrCOMPREHENSIVE:"Comprehensive agreement",agrMEMORANDUM:"Memorandum"});var it="Asia/Tokyo",Ki=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:it}),Vi=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}),Hi=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",timeZone:it}),Or=new Intl.DateTimeFormat("ja-JP",{hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:it}),zi=new Intl.DateTimeFormat("en-GB",{year:"numeric",month:"short",day:"numeric",timeZone:it});function Rr(t){return t.replace(/(\D)1年/,"$1元年")}function j(t){if(!t)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(!n)return t;let r=new Date(Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3])));return $e()==="en"?t:`${Rr(Vi.format(r))}（${t}）`}function O(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return t;let r=Hi.format(n);return $e()==="en"?`${zi.format(n)} ${Or.format(n)}`:`${Rr(Ki.format(n))}（${r}）${Or.format(n)}`}function W({tone:t="neutral",icon:n,children:r,testid:o}){return e("span",{class:`badge badge-${t}`,"data-testid":o,children:[n&&e("span",{"aria-hidden":"true",children:[n," "]}),r]})}function _({error:t,onRetry:n,retryLabel:r}){return t?e("div",{class:"banner banner-error",role:"alert",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:Cn(t)}),n&&e("button",{type:"button",class:"btn btn-small",onClick:n,children:r})]}):null}function K({children:t}){return t?e("div",{class:"banner banner-notice",role:"status",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"✓"}),e("span",{children:t})]}):null}function U({label:t}){return e("p",{class:"loading",role:"status","aria-live":"polite",children:t})}function $({variant:t="secondary",busy:n,disabled:r,children:o,type:i,...d}){return e("button",{...d,type:i??"button",class:`btn btn-${t}`,disabled:r||n,"aria-busy":n?"true":void 0,children:o})}function _t({id:t,label:n,required:r}){return e("label",{for:t,children:[n,r&&e("span",{class:"required",children:[" （",y("required"),"）"]})]})}function wt(t,n,r){return[n?`${t}-help`:"",r?`${t}-err`:""].filter(Boolean).join(" ")||void 0}function kt({id:t,help:n,error:r}){return e(I,{children:[n&&e("p",{class:"help",id:`${t}-help`,children:n}),r&&e("p",{class:"field-error",id:`${t}-err`,children:r})]})}function S(t){let n=te();return e("div",{class:"field",children:[e(_t,{id:n,label:t.label,required:t.required}),e("input",{id:n,name:t.name,type:t.type??"text",value:t.value,required:t.required,autocomplete:t.autocomplete,maxLength:t.maxLength,"aria-invalid":t.error?"true":void 0,"aria-describedby":wt(n,t.help,t.error),"data-testid":t.testid,onInput:r=>t.onInput(r.currentTarget.value)}),e(kt,{id:n,help:t.help,error:t.error})]})}function z(t){let n=te();return e("div",{class:"field",children:[e(_t,{id:n,label:t.label,required:t.required}),e("textarea",{id:n,name:t.name,rows:t.rows??4,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":wt(n,t.help,t.error),"data-testid":t.testid,onInput:r=>t.onInput(r.currentTarget.value)}),e(kt,{id:n,help:t.help,error:t.error})]})}function F(t){let n=te();return e("div",{class:"field",children:[e(_t,{id:n,label:t.label,required:t.required}),e("select",{id:n,name:t.name,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":wt(n,t.help,t.error),"data-testid":t.testid,onChange:r=>t.onChange(r.currentTarget.value),children:t.options.map(r=>e("option",{value:r.value,children:r.label},r.value))}),e(kt,{id:n,help:t.help,error:t.error})]})}function X({legend:t,children:n,class:r}){return e("fieldset",{class:`fieldset ${r??""}`,children:[e("legend",{children:t}),n]})}function ee(t){let[n,r]=h([]);J(()=>r([]),[t.resetKey]);let o=t.page?.edges??[],i=n.length*t.pageSize+1;return e("div",{class:"table-wrap",children:[e("table",{class:"table","data-testid":t.testid,children:[e("caption",{children:t.caption}),e("thead",{children:e("tr",{children:t.columns.map(d=>e("th",{scope:"col",class:d.class,children:d.header}))})}),e("tbody",{children:[o.length===0&&e("tr",{children:e("td",{colSpan:t.columns.length,children:y("empty")})}),o.map(d=>e("tr",{children:t.columns.map(l=>e("td",{class:l.class,children:l.cell(d.node)}))},t.rowKey(d.node)))]})]}),t.page&&e("nav",{class:"pager","aria-label":t.caption,children:[e("span",{role:"status",children:o.length>0?y("pageInfo",{from:i,to:i+o.length-1,n:t.page.totalCount}):y("totalCount",{n:t.page.totalCount})}),e($,{disabled:n.length===0,onClick:()=>{let d=n.slice(0,-1);r(d),t.onAfter(n[n.length-1]??null)},children:["← ",y("prev")]}),e($,{disabled:!t.page.pageInfo.hasNextPage,onClick:()=>{r([...n,t.after]),t.onAfter(t.page?.pageInfo.endCursor??null)},children:[y("next")," →"]})]})]})}function Qi(t){return p(`status${t}`)}function Ne(t){return p(`kind${t}`)}var Gi={DRAFT:"neutral",SUBMITTED:"info",IN_DIALOGUE:"warning",ACCEPTED:"success",DECLINED:"danger",WITHDRAWN:"neutral"};function ot({status:t}){return e(W,{tone:Gi[t],testid:"proposal-status",children:Qi(t)})}var Lr=["SUBMITTED","IN_DIALOGUE","ACCEPTED","DECLINED","WITHDRAWN","DRAFT"];function Fr(t){return t<1024?p("bytes",{n:t}):t<1024*1024?p("kb",{n:(t/1024).toFixed(1)}):p("mb",{n:(t/1024/1024).toFixed(1)})}b(`
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
`);var Wi=b(`
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
`),Yi=b(`
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
`),qr=20,Ji=["status","kind","challenge","department","from","to","q"];function Zi(t){let n={};for(let r of Ji){let o=t.get(r);o&&(n[r]=o)}return n}function Xi(t){let n={};return t.status&&(n.status=t.status),t.kind&&(n.kind=t.kind),t.challenge&&(n.challengeId=t.challenge),t.department&&(n.departmentId=t.department),(t.from||t.to)&&(n.submittedOn={from:t.from||null,to:t.to||null}),t.q&&(n.search=t.q),n}function eo(t){let n=new Map;return t.map(r=>{let o=r.parent?(n.get(r.parent.id)??0)+1:0;return n.set(r.id,o),{value:r.id,label:`${"　".repeat(o)}${r.name}`}})}function jr({query:t}){let n=Zi(t),[r,o]=h(n),[i,d]=h(null),l=Xi(n),s=JSON.stringify(l),g=M(Wi,{first:qr,after:i,filter:l}),m=M(Yi,{}),c=u=>C=>o({...r,[u]:C}),A=u=>{d(null),rt("/proposals",u)},f=[{header:p("colTitle"),cell:u=>e("a",{href:q(`/proposals/${encodeURIComponent(u.id)}`),"data-testid":"proposal-link",children:u.title})},{header:p("colProposer"),cell:u=>u.organization?.name??""},{header:p("colKind"),cell:u=>u.kind==="CHALLENGE"&&u.challenge?`${Ne(u.kind)}：${u.challenge.title}`:Ne(u.kind)},{header:p("colStatus"),cell:u=>e(ot,{status:u.status})},{header:p("colSubmitted"),cell:u=>u.submittedAt?O(u.submittedAt):p("notSubmitted")},{header:p("colAssigned"),cell:u=>e("ul",{class:"plain",children:u.assignments.map(C=>e("li",{children:[C.department.name,C.dueOn&&`（${j(C.dueOn)}）`,C.respondedAt&&e(W,{tone:"success",children:p("answered")})]},C.department.id))})}];return e("section",{children:[e("h1",{children:p("inboxTitle")}),e("nav",{"aria-label":p("statusTabs"),class:"tabs",children:e("ul",{children:[e("li",{children:e("a",{href:q("/proposals",{...n,status:void 0}),"aria-current":n.status?void 0:"page",children:p("all")})}),Lr.map(u=>e("li",{children:e("a",{href:q("/proposals",{...n,status:u}),"aria-current":n.status===u?"page":void 0,"data-testid":`status-tab-${u}`,children:p(`status${u}`)})},u))]})}),e("form",{class:"filters",role:"search",onSubmit:u=>{u.preventDefault(),A(r)},children:[e(X,{legend:p("filters"),class:"filters-grid",children:[e(S,{label:p("search"),type:"search",value:r.q??"",onInput:c("q"),testid:"filter-search"}),e(F,{label:p("kind"),value:r.kind??"",onChange:c("kind"),options:[{value:"",label:p("any")},...["FREE","CHALLENGE"].map(u=>({value:u,label:Ne(u)}))]}),e(F,{label:p("challenge"),value:r.challenge??"",onChange:c("challenge"),options:[{value:"",label:p("any")},...m.data?.challenges.edges.map(u=>({value:u.node.id,label:u.node.title}))??[]]}),e(F,{label:p("department"),value:r.department??"",onChange:c("department"),options:[{value:"",label:p("any")},...eo(m.data?.municipality.departments??[])],testid:"filter-department"}),e(S,{label:p("submittedFrom"),type:"date",value:r.from??"",onInput:c("from")}),e(S,{label:p("submittedTo"),type:"date",value:r.to??"",onInput:c("to")})]}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary","data-testid":"filter-apply",children:p("apply")}),e($,{onClick:()=>{o({}),A({})},children:p("reset")})]})]}),e(_,{error:g.error,onRetry:()=>{g.reload()},retryLabel:y("retry")}),g.loading&&!g.data&&e(U,{label:y("loading")}),g.data&&e(ee,{caption:p("inboxCaption"),columns:f,page:g.data.proposals,after:i,onAfter:d,resetKey:s,rowKey:u=>u.id,pageSize:qr,testid:"inbox-table"})]})}function Ae(t){let n=Ve(null),r=te(),o=Ve(null);return J(()=>{let i=n.current;i&&(t.open&&!i.open?(o.current=document.activeElement,i.showModal()):!t.open&&i.open&&(i.close(),o.current instanceof HTMLElement&&o.current.focus()))},[t.open]),e("dialog",{ref:n,class:"dialog","aria-labelledby":r,onCancel:i=>{i.preventDefault(),t.onCancel()},children:[e("h2",{id:r,children:t.title}),e("div",{class:"dialog-body",children:t.children}),e("div",{class:"actions",children:[e($,{variant:t.danger?"danger":"primary",busy:t.busy,onClick:t.onConfirm,"data-testid":"confirm-ok",children:t.confirmLabel??y("ok")}),e($,{onClick:t.onCancel,children:y("cancel")})]})]})}function Nt(t){return new Set(["ASSIGN","RESPOND","DECIDE","LINK","MESSAGE","INTERNAL_NOTE","ATTACH"])}var to=b(`
  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),no=b(`
  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),ro=b(`
  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
    decideProposal(id: $id, decision: $decision, reason: $reason) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),io=b(`
  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),oo=b(`
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
`),ao=b(`
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
`);function Ur({p:t,actions:n,onChange:r}){let o=["ASSIGN","RESPOND","DECIDE","LINK"].some(i=>n.has(i));return e("div",{class:"panel",children:[e("h2",{id:"actions-title",children:p("secActions")}),!o&&e("p",{class:"muted",children:p("noActions")}),n.has("ASSIGN")&&e(so,{p:t,onChange:r}),n.has("RESPOND")&&e(lo,{p:t,onChange:r}),n.has("DECIDE")&&e(uo,{p:t,onChange:r}),n.has("LINK")&&e(po,{p:t,onChange:r})]})}function so({p:t,onChange:n}){let r=M(oo,{}),[o,i]=h(new Set),[d,l]=h(""),[s,g]=h(""),[m,c]=h(!1),A=G(async()=>{let P=await x(to,{id:t.id,departmentIds:[...o],dueOn:d||null});i(new Set),g(p("assigned")),n(P.assignProposal.proposal)}),f=new Set(t.assignments.map(P=>P.department.id)),u=new Map,C=(r.data?.municipality.departments??[]).map(P=>{let v=P.parent?(u.get(P.parent.id)??0)+1:0;return u.set(P.id,v),{...P,depth:Math.min(v,3)}});return e("section",{class:"action","aria-labelledby":"assign-title","data-testid":"assign-form",children:[e("h3",{id:"assign-title",children:p("assignTitle")}),e("p",{class:"help",children:p("assignHelp")}),e("form",{onSubmit:P=>{if(P.preventDefault(),g(""),o.size===0){c(!0);return}c(!1),A.run()},children:[e(X,{legend:p("assignDepartments"),class:"tree",children:[e(_,{error:r.error}),e("ul",{class:"plain",children:C.map(P=>e("li",{class:`depth-${P.depth}`,children:e("label",{class:"check",children:[e("input",{type:"checkbox",checked:f.has(P.id)||o.has(P.id),disabled:f.has(P.id),onChange:v=>{let k=new Set(o);v.currentTarget.checked?k.add(P.id):k.delete(P.id),i(k)}})," ",P.name]})},P.id))}),m&&e("p",{class:"field-error",role:"alert",children:p("assignPick")})]}),e(S,{label:p("assignDue"),type:"date",value:d,onInput:l,testid:"assign-due"}),e(_,{error:A.error}),e(K,{children:s}),e($,{type:"submit",variant:"primary",busy:A.busy,"data-testid":"assign-submit",children:p("assignSubmit")})]})]})}function lo({p:t,onChange:n}){let[r,o]=h(""),[i,d]=h(""),[l,s]=h(""),[g,m]=h(!1),c=G(async()=>{let A=await x(no,{id:t.id,opinion:r,feasible:i==="yes"});s(p("responded")),n(A.respondToAssignment.proposal)});return e("section",{class:"action","aria-labelledby":"respond-title","data-testid":"respond-form",children:[e("h3",{id:"respond-title",children:p("respondTitle")}),e("form",{onSubmit:A=>{A.preventDefault(),m(!0),s(""),!(!r.trim()||!i)&&c.run()},children:[e(X,{legend:p("respondFeasible"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"yes",checked:i==="yes",onChange:()=>d("yes"),"data-testid":"respond-feasible-yes"})," ",p("feasibleYes")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"no",checked:i==="no",onChange:()=>d("no"),"data-testid":"respond-feasible-no"})," ",p("feasibleNo")]}),g&&!i&&e("p",{class:"field-error",children:p("respondFeasible")})]}),e(z,{label:p("respondOpinion"),required:!0,value:r,onInput:o,error:g&&!r.trim()?p("opinionRequired"):void 0,testid:"respond-opinion"}),e(_,{error:c.error}),e(K,{children:l}),e($,{type:"submit",variant:"primary",busy:c.busy,"data-testid":"respond-submit",children:p("respondSubmit")})]})]})}function uo({p:t,onChange:n}){let[r,o]=h(""),[i,d]=h(""),[l,s]=h(!1),[g,m]=h(!1),[c,A]=h(""),f=G(async()=>{if(!r)return;let C=await x(ro,{id:t.id,decision:r,reason:i});m(!1),A(p("decided")),n(C.decideProposal.proposal)}),u=r==="ACCEPTED"?p("decideAccept"):p("decideDecline");return e("section",{class:"action","aria-labelledby":"decide-title","data-testid":"decide-form",children:[e("h3",{id:"decide-title",children:p("decideTitle")}),e("form",{onSubmit:C=>{C.preventDefault(),s(!0),A(""),!(!r||!i.trim())&&m(!0)},children:[e(X,{legend:p("decision"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"ACCEPTED",checked:r==="ACCEPTED",onChange:()=>o("ACCEPTED"),"data-testid":"decide-accept"})," ",p("decideAccept")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"DECLINED",checked:r==="DECLINED",onChange:()=>o("DECLINED"),"data-testid":"decide-decline"})," ",p("decideDecline")]}),l&&!r&&e("p",{class:"field-error",children:p("decision")})]}),e(z,{label:p("reason"),help:p("reasonHelp"),required:!0,value:i,onInput:d,error:l&&!i.trim()?p("reasonRequired"):void 0,testid:"decide-reason"}),e(_,{error:f.error}),e(K,{children:c}),e($,{type:"submit",variant:"primary","data-testid":"decide-submit",children:p("decideSubmit")})]}),e(Ae,{open:g,title:p("decideConfirmTitle"),confirmLabel:u,danger:r==="DECLINED",busy:f.busy,onConfirm:()=>{f.run()},onCancel:()=>m(!1),children:[e("p",{children:p("decideConfirm",{title:t.title,decision:u})}),e("p",{class:"prewrap",children:[p("reason"),"：",i]}),e(_,{error:f.error})]})]})}function po({p:t,onChange:n}){let r=M(ao,{}),[o,i]=h(""),[d,l]=h(""),[s,g]=h(""),[m,c]=h(""),[A,f]=h("PARTNERSHIP"),[u,C]=h("BUSINESS"),[P,v]=h(""),[k,N]=h(""),[w,T]=h(""),[ve,Qe]=h(!1),he=G(async()=>{let E=await x(io,{id:t.id,projectId:o==="existing"&&s?s:null,agreementId:d==="existing"&&m?m:null,newProject:o==="new"?{kind:A,title:P.trim()||null}:null,newAgreement:d==="new"?{kind:u,title:k.trim()||null}:null});T(p("linked")),i(""),l(""),n(E.linkProposalOutcome.proposal),r.reload()}),le=[{value:"",label:p("linkNone")},{value:"existing",label:p("linkExisting")},{value:"new",label:p("linkNew")}],qe={value:"",label:p("linkPick")};return e("section",{class:"action","aria-labelledby":"link-title","data-testid":"link-form",children:[e("h3",{id:"link-title",children:p("linkTitle")}),e("p",{class:"help",children:p("linkHelp")}),e(_,{error:r.error}),e("form",{onSubmit:E=>{E.preventDefault(),T("");let ue=o==="existing"&&s||o==="new"||d==="existing"&&m||d==="new";Qe(!ue),ue&&he.run()},children:[e(X,{legend:p("linkProject"),children:[e(F,{label:p("linkProject"),value:o,onChange:E=>i(E),options:le,testid:"link-project-mode"}),o==="existing"&&e(F,{label:p("linkPick"),value:s,onChange:g,options:[qe,...r.data?.projects.edges.map(E=>({value:E.node.id,label:E.node.title}))??[]],testid:"link-project"}),o==="new"&&e(I,{children:[e(F,{label:p("newKind"),value:A,onChange:E=>f(E),options:["PARTNERSHIP","DEMONSTRATION"].map(E=>({value:E,label:p(`proj${E}`)}))}),e(S,{label:p("newTitle"),value:P,onInput:v})]})]}),e(X,{legend:p("linkAgreement"),children:[e(F,{label:p("linkAgreement"),value:d,onChange:E=>l(E),options:le,testid:"link-agreement-mode"}),d==="existing"&&e(F,{label:p("linkPick"),value:m,onChange:c,options:[qe,...r.data?.agreements.edges.map(E=>({value:E.node.id,label:E.node.title}))??[]],testid:"link-agreement"}),d==="new"&&e(I,{children:[e(F,{label:p("newKind"),value:u,onChange:E=>C(E),options:["BUSINESS","COMPREHENSIVE","MEMORANDUM"].map(E=>({value:E,label:p(`agr${E}`)}))}),e(S,{label:p("newTitle"),value:k,onInput:N})]})]}),ve&&e("p",{class:"field-error",role:"alert",children:p("linkNothing")}),e(_,{error:he.error}),e(K,{children:w}),e($,{type:"submit",variant:"primary",busy:he.busy,"data-testid":"link-submit",children:p("linkSubmit")})]})]})}var co=b(`
  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),mo=b(`
  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`);function Br({p:t,actions:n,onChange:r,onReload:o}){let i=n.has("MESSAGE"),d=n.has("INTERNAL_NOTE"),[l,s]=h(!i&&d),[g,m]=h(""),[c,A]=h(""),f=G(async()=>{let v=await x(co,{proposalId:t.id,body:g,internal:l});m(""),A(l?p("postedNote"):p("posted")),r(v.postProposalMessage.proposal)}),[u,C]=h(null),P=G(async v=>{if(!u)return;let k=await nt(mo,{proposalId:t.id,file:null},[{path:"variables.file",file:u}]);C(null),v.reset(),A(p("attached",{name:k.attachFile.fileName})),await o()});return e("section",{"aria-labelledby":"sec-dialogue",children:[e("h2",{id:"sec-dialogue",children:p("secDialogue")}),e("p",{class:"help",children:p("dialogueHelp")}),t.messages.length===0?e("p",{class:"muted",children:p("noMessages")}):e("ol",{class:"messages","data-testid":"messages",children:t.messages.map(v=>e("li",{class:v.internal?"msg msg-internal":"msg msg-shared","data-testid":v.internal?"internal-note":"shared-message",children:[e("div",{class:"msg-head",children:[v.internal?e(W,{tone:"internal",icon:"✎",children:[p("internalNote"),"（",p("internalNoteHint"),"）"]}):e(W,{tone:"info",icon:"✉",children:p("sharedMessage")}),e("span",{class:"msg-author",children:Tt(v.author)}),e("time",{class:"muted",dateTime:v.createdAt,children:O(v.createdAt)})]}),e("p",{class:"prewrap",children:v.body})]},v.id))}),e(K,{children:c}),(i||d)&&e("form",{class:"post-form",onSubmit:v=>{v.preventDefault(),A(""),f.run()},children:[i&&d&&e(X,{legend:p("postKind"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"post-kind",checked:!l,onChange:()=>s(!1),"data-testid":"post-shared"}),e("span",{"aria-hidden":"true",children:"✉ "}),p("sharedMessage")]}),e("label",{class:"radio radio-internal",children:[e("input",{type:"radio",name:"post-kind",checked:l,onChange:()=>s(!0),"data-testid":"post-internal"}),e("span",{"aria-hidden":"true",children:"✎ "}),p("internalNote"),"（",p("internalNoteHint"),"）"]})]}),e(z,{label:l?`${p("postBody")}（${p("internalNote")}）`:`${p("postBody")}（${p("sharedMessage")}）`,required:!0,value:g,onInput:m,rows:4,testid:"post-body"}),e(_,{error:f.error}),e($,{type:"submit",variant:"primary",busy:f.busy,disabled:!g.trim(),"data-testid":"post-submit",children:p("post")})]}),n.has("ATTACH")&&e("form",{class:"attach-form",onSubmit:v=>{v.preventDefault(),A(""),P.run(v.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:"attach-file",children:p("attachFile")}),e("input",{id:"attach-file",type:"file","data-testid":"attach-file",onChange:v=>C(v.currentTarget.files?.[0]??null)})]}),e(_,{error:P.error}),e($,{type:"submit",busy:P.busy,disabled:!u,children:p("attach")})]})]})}b(`
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
`);var go=b(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalPageFields
    }
  }
`),Kr=["CITY","PARTNER"],Vr=["PEOPLE","GOODS","MONEY","INFORMATION"],fo=new Set(["CREATE","UPDATE","SUBMIT","ASSIGN","RESPOND","DECIDE","WITHDRAW","LINK"]);function Tt(t){if(!t)return"";let n=p(`actor${t.kind}`),r=[t.department?.name,t.displayName].filter(Boolean).join(" ");return r?`${n}：${r}`:n}function Hr({params:t}){let n=t.id,r=M(go,{id:n}),[o,i]=h(null),d=o??r.data?.proposal??null,l=g=>i(g),s=async()=>{i(null),await r.reload()};return e("article",{class:"proposal",children:[e("p",{children:e("a",{href:q("/proposals"),children:["← ",p("back")]})}),e(_,{error:r.error,onRetry:()=>{r.reload()},retryLabel:y("retry")}),r.loading&&!d&&e(U,{label:y("loading")}),r.data&&!d&&e("p",{class:"banner banner-error",role:"alert",children:p("notFound")}),d&&e(I,{children:[e("header",{class:"proposal-head",children:[e("h1",{"data-testid":"proposal-title",children:d.title}),e("p",{class:"meta",children:[e(ot,{status:d.status})," ",e(W,{children:Ne(d.kind)}),d.challenge&&e("span",{children:[" ",d.challenge.title]})]}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:p("organization")}),e("dd",{children:d.organization?.name??p("none")})]}),e("div",{children:[e("dt",{children:p("submittedAt")}),e("dd",{children:d.submittedAt?O(d.submittedAt):p("notSubmitted")})]}),d.decidedAt&&e("div",{children:[e("dt",{children:p("decidedAt")}),e("dd",{children:O(d.decidedAt)})]}),d.project&&e("div",{children:[e("dt",{children:p("currentProject")}),e("dd",{"data-testid":"linked-project",children:d.project.title})]}),d.agreement&&e("div",{children:[e("dt",{children:p("currentAgreement")}),e("dd",{"data-testid":"linked-agreement",children:d.agreement.title})]})]})]}),e("div",{class:"proposal-grid",children:[e("div",{class:"proposal-main",children:[e(yo,{p:d}),e(ho,{p:d}),e(bo,{p:d}),e(Br,{p:d,actions:Nt(d),onChange:l,onReload:s}),e(Co,{p:d})]}),e("aside",{class:"proposal-side","aria-labelledby":"actions-title",children:e(Ur,{p:d,actions:Nt(d),onChange:l})})]})]})]})}function Mt({text:t}){return t.trim()?e(I,{children:t.split(/\n{2,}/).map((n,r)=>e("p",{class:"prewrap",children:n},r))}):e("p",{class:"muted",children:p("none")})}function yo({p:t}){return e("section",{"aria-labelledby":"sec-content",children:[e("h2",{id:"sec-content",children:p("secContent")}),e("h3",{children:p("summary")}),e(Mt,{text:t.summary}),e("h3",{children:p("body")}),e(Mt,{text:t.body}),e("h3",{children:p("desiredScheme")}),e(Mt,{text:t.desiredScheme}),e("h3",{children:p("resources")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix","data-testid":"resources-matrix",children:[e("caption",{class:"visually-hidden",children:p("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:p("side")}),Vr.map(n=>e("th",{scope:"col",children:p(`res${n}`)},n))]})}),e("tbody",{children:Kr.map(n=>e("tr",{children:[e("th",{scope:"row",children:p(`side${n}`)}),Vr.map(r=>{let o=t.resources.filter(i=>i.side===n&&i.kind===r);return e("td",{children:o.length===0?e("span",{class:"muted",children:"—"}):e("ul",{class:"plain",children:o.map((i,d)=>e("li",{children:i.description},d))})},r)})]},n))})]})}),e("h3",{children:p("merits")}),e("div",{class:"merits",children:Kr.map(n=>{let r=t.merits.filter(o=>o.side===n);return e("div",{children:[e("h4",{children:p("meritFor",{side:p(`side${n}`)})}),r.length===0?e("p",{class:"muted",children:p("none")}):e("ul",{children:r.map((o,i)=>e("li",{children:o.description},i))})]},n)})}),t.contact&&e(I,{children:[e("h3",{children:p("contact")}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:p("affiliation")}),e("dd",{children:t.contact.affiliation})]}),e("div",{children:[e("dt",{children:p("contactName")}),e("dd",{children:t.contact.name})]}),e("div",{children:[e("dt",{children:p("email")}),e("dd",{children:t.contact.email})]}),e("div",{children:[e("dt",{children:p("phone")}),e("dd",{children:t.contact.phone})]})]})]})]})}function ho({p:t}){let[n,r]=h(null);return e("section",{"aria-labelledby":"sec-attachments",children:[e("h2",{id:"sec-attachments",children:p("secAttachments")}),e(_,{error:n}),t.attachments.length===0?e("p",{class:"muted",children:p("noAttachments")}):e("ul",{class:"files","data-testid":"attachments",children:t.attachments.map(o=>e("li",{children:[e($,{variant:"link","aria-label":p("download",{name:o.fileName}),onClick:()=>{r(null),vn(o.downloadUrl,o.fileName).catch(r)},children:[e("span",{"aria-hidden":"true",children:"↓ "}),o.fileName]})," ",e("span",{class:"muted",children:[Fr(o.size)," ・ ",O(o.createdAt),o.messageId&&` ${p("onMessage")}`]})]},o.id))})]})}function bo({p:t}){return e("section",{"aria-labelledby":"sec-assignments",children:[e("h2",{id:"sec-assignments",children:p("secAssignments")}),t.assignments.length===0?e("p",{class:"muted",children:p("noAssignments")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"assignments",children:[e("caption",{class:"visually-hidden",children:p("assignmentsCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:p("department")}),e("th",{scope:"col",children:p("dueOn")}),e("th",{scope:"col",children:p("feasible")}),e("th",{scope:"col",children:p("opinion")}),e("th",{scope:"col",children:p("respondedAt")})]})}),e("tbody",{children:t.assignments.map(n=>e("tr",{children:[e("th",{scope:"row",children:n.department.name}),e("td",{children:n.dueOn?j(n.dueOn):"—"}),e("td",{children:n.feasible==null?e(W,{children:p("notAnswered")}):n.feasible?e(W,{tone:"success",icon:"○",children:p("feasibleYes")}):e(W,{tone:"danger",icon:"×",children:p("feasibleNo")})}),e("td",{class:"prewrap",children:n.opinion??""}),e("td",{children:n.respondedAt?O(n.respondedAt):"—"})]},n.department.id))})]})})]})}function Co({p:t}){return e("section",{"aria-labelledby":"sec-history",children:[e("h2",{id:"sec-history",children:p("secHistory")}),e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"history",children:[e("caption",{class:"visually-hidden",children:p("historyCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:p("colWhen")}),e("th",{scope:"col",children:p("colAction")}),e("th",{scope:"col",children:p("colChange")}),e("th",{scope:"col",children:p("colActor")}),e("th",{scope:"col",children:p("colReason")})]})}),e("tbody",{children:t.history.map((n,r)=>e("tr",{children:[e("td",{children:O(n.at)}),e("td",{children:fo.has(n.action)?p(`act${n.action}`):n.action}),e("td",{children:n.from||n.to?`${n.from?p(`status${n.from}`):""} → ${n.to?p(`status${n.to}`):""}`:""}),e("td",{children:Tt(n.actor)}),e("td",{class:"prewrap",children:n.reason})]},r))})]})})]})}var zr=[{path:"/proposals",component:jr,nav:{label:()=>p("navInbox"),order:100},permission:{resource:"proposal",action:"read"}},{path:"/proposals/:id",component:Hr,permission:{resource:"proposal",action:"read"}}];var a=we({navChallenges:"行政課題",navCaseStudies:"連携事例",navAgreements:"連携協定",navProjects:"連携事業",navAnnouncements:"お知らせ",navMethods:"連携手法",listChallenges:"行政課題の一覧",listCaseStudies:"連携事例の一覧",listAgreements:"連携協定の一覧",listProjects:"連携事業の一覧",listAnnouncements:"お知らせの一覧",listMethods:"その他連携手法の一覧",newChallenge:"行政課題を作成",newCaseStudy:"連携事例を作成",newAgreement:"連携協定を作成",newProject:"連携事業を作成",newAnnouncement:"お知らせを作成",newMethod:"連携手法を追加",editChallenge:"行政課題の編集",editCaseStudy:"連携事例の編集",editAgreement:"連携協定の編集",editProject:"連携事業の編集",editAnnouncement:"お知らせの編集",editMethod:"連携手法の編集",backToList:"一覧へ戻る",filters:"絞り込み",search:"キーワード",searchHelp:"件名・本文などに含まれる語で絞り込みます。",any:"すべて",apply:"絞り込む",clear:"条件を消す",colTitle:"件名・名称",colState:"公開状態",colUpdated:"更新日時",colDepartment:"担当課",colPeriod:"期間",colLocality:"実施自治体",colCategory:"分類",colKind:"種類",colStatus:"状態",colSigned:"締結日",colPosition:"並び順",colKey:"識別子",colName:"名称",stateDRAFT:"下書き",statePUBLISHED:"公開中",stateARCHIVED:"アーカイブ",stateScheduled:"公開予約",publishedAt:"公開日時: {at}",scheduledAt:"{at} に公開予定",version:"版 {n}",title:"件名",name:"名称",background:"背景",desiredOutcome:"求める成果",department:"担当課",noDepartment:"（指定なし）",tags:"分野・タグ",tagsHelp:"読点「、」またはカンマで区切って入力します。",opensAt:"募集開始日時",closesAt:"募集終了日時",isOpen:"募集状況",open:"募集中",closed:"募集していない",locality:"実施自治体",localityHelp:"他の自治体の事例もあります（例: 青森市）。",program:"公民連携の窓口・プログラム名",category:"分類",catPARTNERSHIP:"連携事業",catDEMONSTRATION:"実証実験",catAGREEMENT:"連携協定",catOTHER:"その他",startOn:"開始日",endOn:"終了日",dateNote:"日程（原文）",dateNoteHelp:"「令和7年度中」のように日付で書けない日程を書きます。",summary:"概要",partners:"連携先",parties:"締結先（事業者等）",partnerSearch:"連携先を探す",partnerNone:"該当する連携先がありません。",partnersChosen:"選択中: {names}",resources:"提供リソース",resourcesHelp:"市と事業者等がそれぞれ提供するもの（ヒト・モノ・カネ・情報）を書きます。",resourcesCaption:"提供リソース（行: 種類、列: 提供する側）",kindCol:"種類",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",resCell:"{side}が提供する{kind}",merits:"メリット・期待される効果",meritFor:"{side}のメリット",meritHelp:"1行に1項目を書きます。",agreementKind:"協定の種類",akBUSINESS:"事業連携協定",akCOMPREHENSIVE:"包括連携協定",akMEMORANDUM:"覚書",agreementStatus:"協定の状態",asPLANNED:"締結予定",asACTIVE:"有効",asEXPIRED:"期間満了",asTERMINATED:"解除",purpose:"目的",signedOn:"締結日",termStartOn:"協定期間の開始日",termEndOn:"協定期間の終了日",items:"連携事項",itemsHelp:"1行に1項目を書きます。",projectKind:"事業の種類",pkPARTNERSHIP:"パートナーシップ事業",pkDEMONSTRATION:"実証実験サポート事業",projectStatus:"事業の状態",psPLANNED:"準備中",psONGOING:"実施中",psCOMPLETED:"完了",psCANCELLED:"中止",site:"実施場所",leadDepartment:"担当課",agreement:"根拠となる協定",noAgreement:"（なし）",body:"本文",annCategory:"区分",annCategoryHelp:"例: 募集、イベント、お知らせ",methodKey:"識別子（半角英数字）",methodKeyHelp:"例: pfi。公開サイトのURLなどに使います。",description:"内容",position:"並び順",saveDraft:"保存する",create:"作成する",saved:"保存しました。",created:"作成しました。",conflict:"他の職員が先に更新しました。再読み込みしてください",reloadLatest:"最新の内容を読み込む",secPublication:"公開",publishNow:"今すぐ公開",publishAt:"日時を指定して公開",publishAtLabel:"公開日時",publishAtHelp:"日本時間で指定します。過去の日時を指定すると、すぐに公開されます。",schedule:"公開を予約",unpublish:"公開をやめる（下書きに戻す）",archive:"アーカイブする",published:"公開しました。",scheduled:"公開を予約しました。",unpublished:"下書きに戻しました。",archived:"アーカイブしました。",confirmPublish:"公開しますか？",confirmPublishBody:"「{title}」を公開サイトに掲載します。",confirmUnpublish:"公開をやめますか？",confirmUnpublishBody:"「{title}」を公開サイトから外し、下書きに戻します。",confirmArchive:"アーカイブしますか？",confirmArchiveBody:"「{title}」をアーカイブします。",pendingNotice:"担当課からの変更が承認待ちです。「今すぐ公開」で反映されます。",preview:"プレビュー",previewMake:"プレビュー用リンクを作る",previewLink:"プレビューを開く（{at} まで有効）",previewTitle:"プレビュー（下書き）",previewNote:"この画面は公開前の内容です。公開サイトにはまだ表示されていません。",previewGone:"プレビューの有効期限が切れたか、リンクが正しくありません。編集画面からもう一度リンクを作ってください。",delete:"削除する",confirmDelete:"削除しますか？",confirmDeleteBody:"「{title}」を削除します。削除した直後であれば、この画面で元に戻せます。",deleted:"「{title}」を削除しました。",restoreDeleted:"元に戻す",restored:"元に戻しました。",secRevisions:"変更の履歴（版）",revNumber:"版",revAuthor:"保存した人",revAt:"保存日時",revPending:"承認待ち",revRestore:"この版に戻す",revRestoreNamed:"版{n}に戻す",confirmRevRestore:"版{n}に戻しますか？",confirmRevRestoreBody:"この版の内容を新しい下書きとして保存します。公開中の内容はそのままです。",revRestored:"版{n}を下書きとして復元しました。",revNone:"まだ履歴はありません。",revCaption:"変更の履歴",secMedia:"画像・資料",mediaNone:"画像・資料はまだありません。",mediaCaption:"画像・資料の一覧",mediaFile:"ファイル",mediaFileHelp:"写真（JPEG・PNG）やPDFを選びます。",mediaAlt:"代替テキスト",mediaAltHelp:"画像を見られない人のために、画像の内容を短い文で書きます（例: 駅前広場で清掃活動をする市職員と企業の社員）。",mediaAltFor:"「{file}」の代替テキスト",mediaAltMissing:"代替テキスト未入力",mediaAltSave:"代替テキストを保存",mediaAltSaved:"「{file}」の代替テキストを保存しました。",mediaUpload:"アップロード",mediaUploaded:"「{file}」を追加しました。",mediaChoose:"ファイルを選んでください。",mediaAskAlt:"画像には代替テキストを入力してください。",mediaDelete:"削除",mediaDeleteNamed:"「{file}」を削除",confirmMediaDelete:"「{file}」を削除しますか？",mediaDeleted:"「{file}」を削除しました。",mediaType:"種類",mediaSize:"大きさ",mediaOps:"操作",mediaAfterCreate:"画像・資料は、保存した後に追加できます。",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",notAllowed:"この画面を使う権限がありません。",none:"なし",saveFirst:"まず保存してください。"},{navChallenges:"Challenges",navCaseStudies:"Case studies",navAgreements:"Agreements",navProjects:"Projects",navAnnouncements:"Announcements",navMethods:"Collaboration methods",listChallenges:"Challenges",listCaseStudies:"Case studies",listAgreements:"Agreements",listProjects:"Projects",listAnnouncements:"Announcements",listMethods:"Other collaboration methods",newChallenge:"New challenge",newCaseStudy:"New case study",newAgreement:"New agreement",newProject:"New project",newAnnouncement:"New announcement",newMethod:"New method",editChallenge:"Edit challenge",editCaseStudy:"Edit case study",editAgreement:"Edit agreement",editProject:"Edit project",editAnnouncement:"Edit announcement",editMethod:"Edit collaboration method",backToList:"Back to the list",filters:"Filters",search:"Keywords",searchHelp:"Words in the title or text.",any:"All",apply:"Filter",clear:"Clear",colTitle:"Title",colState:"Publication",colUpdated:"Updated",colDepartment:"Department",colPeriod:"Period",colLocality:"Municipality",colCategory:"Category",colKind:"Kind",colStatus:"Status",colSigned:"Signed",colPosition:"Position",colKey:"Key",colName:"Name",stateDRAFT:"Draft",statePUBLISHED:"Published",stateARCHIVED:"Archived",stateScheduled:"Scheduled",publishedAt:"Published: {at}",scheduledAt:"Publishes at {at}",version:"Version {n}",title:"Title",name:"Name",background:"Background",desiredOutcome:"Desired outcome",department:"Department",noDepartment:"(none)",tags:"Tags",tagsHelp:"Separate with commas.",opensAt:"Proposals open",closesAt:"Proposals close",isOpen:"Open for proposals",open:"Open",closed:"Not open",locality:"Municipality",localityHelp:"It may be another city (e.g. Aomori).",program:"PPP desk or programme name",category:"Category",catPARTNERSHIP:"Partnership",catDEMONSTRATION:"Field trial",catAGREEMENT:"Agreement",catOTHER:"Other",startOn:"Start date",endOn:"End date",dateNote:"Schedule as written",dateNoteHelp:'For schedules that are not a date (e.g. "during FY2025").',summary:"Summary",partners:"Partners",parties:"Parties",partnerSearch:"Find partners",partnerNone:"No partner matches.",partnersChosen:"Chosen: {names}",resources:"Resources",resourcesHelp:"What the city and the partner each contribute (people, goods, money, information).",resourcesCaption:"Resources (rows: kind, columns: side)",kindCol:"Kind",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",resCell:"{kind} from the {side}",merits:"Merits and expected effects",meritFor:"Merits for the {side}",meritHelp:"One item per line.",agreementKind:"Kind of agreement",akBUSINESS:"Business agreement",akCOMPREHENSIVE:"Comprehensive agreement",akMEMORANDUM:"Memorandum",agreementStatus:"Status",asPLANNED:"Planned",asACTIVE:"In force",asEXPIRED:"Expired",asTERMINATED:"Terminated",purpose:"Purpose",signedOn:"Signed on",termStartOn:"Term starts",termEndOn:"Term ends",items:"Fields of cooperation",itemsHelp:"One item per line.",projectKind:"Scheme",pkPARTNERSHIP:"Partnership project",pkDEMONSTRATION:"Supported field trial",projectStatus:"Status",psPLANNED:"Planned",psONGOING:"Ongoing",psCOMPLETED:"Completed",psCANCELLED:"Cancelled",site:"Site",leadDepartment:"Lead department",agreement:"Agreement it runs under",noAgreement:"(none)",body:"Body",annCategory:"Category",annCategoryHelp:"e.g. Call, Event, News",methodKey:"Key (ASCII)",methodKeyHelp:"e.g. pfi; used in portal URLs.",description:"Description",position:"Position",saveDraft:"Save",create:"Create",saved:"Saved.",created:"Created.",conflict:"Another staff member updated this first. Please reload.",reloadLatest:"Load the latest",secPublication:"Publication",publishNow:"Publish now",publishAt:"Publish at a time",publishAtLabel:"Publish at",publishAtHelp:"Japan time. A past time publishes now.",schedule:"Schedule",unpublish:"Unpublish (back to draft)",archive:"Archive",published:"Published.",scheduled:"Scheduled.",unpublished:"Back to draft.",archived:"Archived.",confirmPublish:"Publish?",confirmPublishBody:'"{title}" goes on the portal.',confirmUnpublish:"Unpublish?",confirmUnpublishBody:'"{title}" leaves the portal and becomes a draft.',confirmArchive:"Archive?",confirmArchiveBody:'"{title}" will be archived.',pendingNotice:`A department's change waits for approval; "Publish now" applies it.`,preview:"Preview",previewMake:"Make a preview link",previewLink:"Open the preview (valid until {at})",previewTitle:"Preview (draft)",previewNote:"This is the content before publication; the portal does not show it yet.",previewGone:"The preview link has expired or is wrong. Make a new one from the editor.",delete:"Delete",confirmDelete:"Delete?",confirmDeleteBody:'"{title}" will be deleted. Right after deleting you can undo it here.',deleted:'Deleted "{title}".',restoreDeleted:"Undo",restored:"Restored.",secRevisions:"Revisions",revNumber:"Version",revAuthor:"Saved by",revAt:"Saved",revPending:"Awaiting approval",revRestore:"Restore this version",revRestoreNamed:"Restore version {n}",confirmRevRestore:"Restore version {n}?",confirmRevRestoreBody:"Its content is saved as a new draft; live content stays as it is.",revRestored:"Version {n} restored as a draft.",revNone:"No revisions yet.",revCaption:"Revisions",secMedia:"Photos and documents",mediaNone:"No photos or documents yet.",mediaCaption:"Photos and documents",mediaFile:"File",mediaFileHelp:"A photo (JPEG, PNG) or a PDF.",mediaAlt:"Text alternative",mediaAltHelp:"Describe the image in a short sentence for people who cannot see it.",mediaAltFor:'Text alternative of "{file}"',mediaAltMissing:"No text alternative",mediaAltSave:"Save text alternative",mediaAltSaved:'Saved the text alternative of "{file}".',mediaUpload:"Upload",mediaUploaded:'Added "{file}".',mediaChoose:"Choose a file.",mediaAskAlt:"Please write a text alternative for an image.",mediaDelete:"Delete",mediaDeleteNamed:'Delete "{file}"',confirmMediaDelete:'Delete "{file}"?',mediaDeleted:'Deleted "{file}".',mediaType:"Type",mediaSize:"Size",mediaOps:"Actions",mediaAfterCreate:"Photos and documents can be added once it is saved.",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",notAllowed:"You may not use this screen.",none:"None",saveFirst:"Save first."});function oe(t){let[n,r]=h(t.blank),[o,i]=h("");J(()=>{t.item&&r(t.toForm(t.item))},[t.item]);let d=G(async()=>{if(i(""),!t.item){let l=await t.create(n);i(a("created")),rt(t.path(l));return}await t.update(n,t.item.version),i(a("saved")),await t.q.reload()});return{form:n,set:(l,s)=>r(g=>({...g,[l]:s})),save:()=>{d.run()},busy:d.busy,error:d.error,notice:o,setNotice:i,reload:()=>{d.clear(),t.q.reload()}}}function de({state:t,publishedAt:n}){return t==="PUBLISHED"&&n&&new Date(n).getTime()>Date.now()?e(W,{tone:"warning",icon:"⏰",testid:"pub-state",children:a("stateScheduled")}):e(W,{tone:t==="PUBLISHED"?"success":t==="ARCHIVED"?"neutral":"info",icon:t==="PUBLISHED"?"●":t==="ARCHIVED"?"■":"✎",testid:"pub-state",children:a(`state${t}`)})}var Ao=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:"Asia/Tokyo"});function Et(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return"";let r=Object.fromEntries(Ao.formatToParts(n).map(i=>[i.type,i.value])),o=r.hour==="24"?"00":r.hour;return`${r.year}-${r.month}-${r.day}T${o}:${r.minute}`}function Te(t){return t?`${t.length===16?`${t}:00`:t}+09:00`:null}function _e(t,n=!1){return(n?t.split(/\r?\n/):t.split(/[、,，\n]/)).map(o=>o.trim()).filter(Boolean)}function Ot(t){return t<1024?a("bytes",{n:t}):t<1024*1024?a("kb",{n:(t/1024).toFixed(1)}):a("mb",{n:(t/1024/1024).toFixed(1)})}function R(t){return t.trim()===""?null:t}function ne(t,n,r){let o=t.map(i=>({value:i,label:n(i)}));return r?[{value:"",label:r},...o]:o}function ae({error:t,onReload:n}){return t?t.code==="CONFLICT"?e("div",{class:"banner banner-error",role:"alert","data-testid":"conflict",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:a("conflict")}),e("button",{type:"button",class:"btn btn-small",onClick:n,children:a("reloadLatest")})]}):e(_,{error:t}):null}function Y({title:t,list:n,listLabel:r,children:o}){return e("div",{class:"content-head",children:[e("p",{class:"content-back",children:e("a",{href:q(n),children:["← ",a("backToList"),"（",r,"）"]})}),e("h1",{children:t}),o]})}var Qr=b(`
  mutation ContentPublish($id: ID!, $at: DateTime) {
    publish(id: $id, at: $at) {
      id
    }
  }
`),vo=b(`
  mutation ContentUnpublish($id: ID!) {
    unpublish(id: $id) {
      id
    }
  }
`),Do=b(`
  mutation ContentArchive($id: ID!) {
    archive(id: $id) {
      id
    }
  }
`),Po=b(`
  mutation ContentRestoreDeleted($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),Io=b(`
  mutation ContentPreviewToken($id: ID!) {
    createPreviewToken(id: $id) {
      token
      expiresAt
    }
  }
`);function pe(t){let n=ke(),r=ie(n,{resource:"content",action:"publish"}),o=ie(n,{resource:"content",action:"preview"}),i=ie(n,{resource:"content",action:"restore"}),[d,l]=h(null),[s,g]=h(""),[m,c]=h(""),[A,f]=h(!1),[u,C]=h(null),P=G(async T=>{switch(c(""),T){case"publish":await x(Qr,{id:t.id,at:null}),c(a("published"));break;case"schedule":await x(Qr,{id:t.id,at:Te(s)}),c(a("scheduled"));break;case"unpublish":await x(vo,{id:t.id}),c(a("unpublished"));break;case"archive":await x(Do,{id:t.id}),c(a("archived"));break;case"delete":await t.remove(t.id),f(!0),c(a("deleted",{title:t.title})),l(null);return;case"undo":await x(Po,{id:t.id}),f(!1),c(a("restored")),t.onRestored();return;case"preview":{let ve=await x(Io,{id:t.id});C(ve.createPreviewToken);return}}l(null),t.onChanged()}),v=T=>{P.run(T).then(()=>l(null))},k=te();if(A)return e("section",{"aria-labelledby":`${k}-h`,class:"content-panel",children:[e("h2",{id:`${k}-h`,children:a("secPublication")}),e(K,{children:m}),e(_,{error:P.error}),i&&e($,{variant:"primary",busy:P.busy,onClick:()=>v("undo"),"data-testid":"restore-deleted",children:a("restoreDeleted")})]});let N={publish:{title:a("confirmPublish"),body:a("confirmPublishBody",{title:t.title}),label:a("publishNow"),danger:!1},unpublish:{title:a("confirmUnpublish"),body:a("confirmUnpublishBody",{title:t.title}),label:a("unpublish"),danger:!0},archive:{title:a("confirmArchive"),body:a("confirmArchiveBody",{title:t.title}),label:a("archive"),danger:!0},delete:{title:a("confirmDelete"),body:a("confirmDeleteBody",{title:t.title}),label:a("delete"),danger:!0}},w=d?N[d]:null;return e("section",{"aria-labelledby":`${k}-h`,class:"content-panel","data-testid":"publication",children:[e("h2",{id:`${k}-h`,children:a("secPublication")}),t.state&&e("p",{children:[e(de,{state:t.state,publishedAt:t.publishedAt})," ",t.publishedAt&&(new Date(t.publishedAt).getTime()>Date.now()?a("scheduledAt",{at:O(t.publishedAt)}):a("publishedAt",{at:O(t.publishedAt)}))]}),t.pending&&e("p",{class:"content-pending",children:a("pendingNotice")}),e(K,{children:m}),e(_,{error:P.error}),t.state&&r&&e(I,{children:[e("div",{class:"actions",children:[e($,{variant:"primary",onClick:()=>l("publish"),"data-testid":"publish-now",children:a("publishNow")}),t.state!=="DRAFT"&&e($,{onClick:()=>l("unpublish"),"data-testid":"unpublish",children:a("unpublish")}),t.state!=="ARCHIVED"&&e($,{onClick:()=>l("archive"),"data-testid":"archive",children:a("archive")})]}),e("form",{class:"content-schedule",onSubmit:T=>{T.preventDefault(),s&&v("schedule")},children:e(X,{legend:a("publishAt"),children:[e(S,{label:a("publishAtLabel"),type:"datetime-local",value:s,onInput:g,help:a("publishAtHelp"),required:!0,testid:"publish-at"}),e($,{type:"submit",busy:P.busy,disabled:!s,"data-testid":"schedule",children:a("schedule")})]})})]}),e("div",{class:"actions",children:[o&&t.state&&e($,{onClick:()=>v("preview"),busy:P.busy,"data-testid":"make-preview",children:a("previewMake")}),u&&e("a",{class:"btn btn-link",href:q(`/preview/${u.token}`),"data-testid":"preview-link",children:a("previewLink",{at:O(u.expiresAt)})}),e($,{variant:"danger",onClick:()=>l("delete"),"data-testid":"delete",children:a("delete")})]}),e(Ae,{open:w!==null,title:w?.title??"",confirmLabel:w?.label,danger:w?.danger,busy:P.busy,onConfirm:()=>d&&v(d),onCancel:()=>l(null),children:e("p",{children:w?.body})})]})}var $o=b(`
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
`),So=b(`
  mutation ContentRestoreRevision($id: ID!) {
    restoreRevision(id: $id) {
      id
    }
  }
`);function ce({id:t,version:n,onRestored:r}){let o=ke(),i=ie(o,{resource:"content",action:"readRevisions"}),d=ie(o,{resource:"content",action:"revisions"}),l=M($o,{id:t},!i);J(()=>{l.reload()},[n]);let[s,g]=h(null),[m,c]=h(""),A=G(async C=>{await x(So,{id:C.id}),c(a("revRestored",{n:C.number})),g(null),r()}),f=te();if(!i)return null;let u=l.data?.revisions??[];return e("section",{"aria-labelledby":f,class:"content-panel",children:[e("h2",{id:f,children:a("secRevisions")}),e(K,{children:m}),e(_,{error:l.error??A.error}),u.length===0?e("p",{children:a("revNone")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"revisions",children:[e("caption",{class:"visually-hidden",children:a("revCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:a("revNumber")}),e("th",{scope:"col",children:a("revAuthor")}),e("th",{scope:"col",children:a("revAt")}),d&&e("th",{scope:"col",children:a("mediaOps")})]})}),e("tbody",{children:u.map(C=>e("tr",{children:[e("td",{children:[C.number," ",C.pending&&e(W,{tone:"warning",icon:"…",children:a("revPending")})]}),e("td",{children:C.author?.displayName??"—"}),e("td",{children:O(C.createdAt)}),d&&e("td",{children:e($,{variant:"link",onClick:()=>g({id:C.id,number:C.number}),"aria-label":a("revRestoreNamed",{n:C.number}),children:a("revRestore")})})]},C.id))})]})}),e(Ae,{open:s!==null,title:s?a("confirmRevRestore",{n:s.number}):"",confirmLabel:a("revRestore"),busy:A.busy,onConfirm:()=>s&&void A.run(s),onCancel:()=>g(null),children:e("p",{children:a("confirmRevRestoreBody")})})]})}b(`
  fragment ContentMediaItem on Media {
    id
    fileName
    contentType
    size
    url
    alt
  }
`);var xo=b(`
  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
    attachMedia(contentId: $contentId, file: $file, alt: $alt) {
      id
      fileName
    }
  }
`),_o=b(`
  mutation ContentUpdateMedia($id: ID!, $alt: String!) {
    updateMedia(id: $id, alt: $alt) {
      id
      alt
    }
  }
`),wo=b(`
  mutation ContentDeleteMedia($id: ID!) {
    deleteMedia(id: $id)
  }
`);function ko({m:t,onSaved:n}){let[r,o]=h(t.alt);J(()=>o(t.alt),[t.alt]);let i=G(async()=>{await x(_o,{id:t.id,alt:r}),n(a("mediaAltSaved",{file:t.fileName}))});return e("form",{class:"content-alt",onSubmit:d=>{d.preventDefault(),i.run()},children:[e(S,{label:a("mediaAltFor",{file:t.fileName}),value:r,onInput:o,maxLength:250,error:i.error?i.error.clerkMessage():void 0}),e($,{type:"submit",busy:i.busy,disabled:r===t.alt,children:a("mediaAltSave")})]})}function me({contentId:t,media:n,onChanged:r}){let o=ke(),i=ie(o,{resource:"content",action:"media"}),[d,l]=h(null),[s,g]=h(""),[m,c]=h(""),[A,f]=h(""),[u,C]=h(null),P=G(async w=>{let T=await nt(xo,{contentId:t,file:null,alt:R(s)},[{path:"variables.file",file:d}]);c(a("mediaUploaded",{file:T.attachMedia.fileName})),l(null),g(""),w.reset(),r()}),v=G(async w=>{await x(wo,{id:w.id}),c(a("mediaDeleted",{file:w.fileName})),C(null),r()}),k=te(),N=te();return e("section",{"aria-labelledby":k,class:"content-panel","data-testid":"media",children:[e("h2",{id:k,children:a("secMedia")}),e(K,{children:m}),e(_,{error:P.error??v.error}),n.length===0?e("p",{children:a("mediaNone")}):e("ul",{class:"content-media",children:n.map(w=>e("li",{children:[e("p",{children:[e("strong",{children:w.fileName}),"（",w.contentType,"、",Ot(w.size),"）"," ",w.contentType.startsWith("image/")&&w.alt===""&&e(W,{tone:"warning",icon:"!",children:a("mediaAltMissing")})]}),i&&e("div",{class:"content-media-ops",children:[e(ko,{m:w,onSaved:c}),e($,{variant:"danger",onClick:()=>C(w),"aria-label":a("mediaDeleteNamed",{file:w.fileName}),children:a("mediaDelete")})]})]},w.id))}),i&&e("form",{class:"content-upload",onSubmit:w=>{if(w.preventDefault(),f(""),!d)return f(a("mediaChoose"));if(d.type.startsWith("image/")&&s.trim()==="")return f(a("mediaAskAlt"));P.run(w.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:N,children:a("mediaFile")}),e("input",{id:N,type:"file",accept:"image/jpeg,image/png,image/gif,image/webp,application/pdf","aria-describedby":`${N}-help`,"data-testid":"media-file",onChange:w=>l(w.currentTarget.files?.[0]??null)}),e("p",{class:"help",id:`${N}-help`,children:a("mediaFileHelp")})]}),e(S,{label:a("mediaAlt"),value:s,onInput:g,help:a("mediaAltHelp"),maxLength:250,testid:"media-alt",error:A||void 0}),e($,{type:"submit",variant:"primary",busy:P.busy,"data-testid":"media-upload",children:a("mediaUpload")})]}),e(Ae,{open:u!==null,title:u?a("confirmMediaDelete",{file:u.fileName}):"",confirmLabel:a("mediaDelete"),danger:!0,busy:v.busy,onConfirm:()=>u&&void v.run(u),onCancel:()=>C(null)})]})}var ye=["CITY","PARTNER"],at=["PEOPLE","GOODS","MONEY","INFORMATION"];function st(t){let n={};for(let r of t){let o=`${r.side}/${r.kind}`;n[o]=n[o]?`${n[o]}
${r.description}`:r.description}return n}function dt(t){let n=[];for(let r of ye)for(let o of at){let i=(t[`${r}/${o}`]??"").trim();i&&n.push({side:r,kind:o,description:i})}return n}function lt({value:t,onChange:n}){let r=te();return e(X,{legend:a("resources"),children:[e("p",{class:"help",children:a("resourcesHelp")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix content-matrix","data-testid":"resources-editor",children:[e("caption",{class:"visually-hidden",children:a("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:a("kindCol")}),ye.map(o=>e("th",{scope:"col",children:a(`side${o}`)},o))]})}),e("tbody",{children:at.map(o=>e("tr",{children:[e("th",{scope:"row",children:a(`res${o}`)}),ye.map(i=>{let d=`${r}-${i}-${o}`;return e("td",{children:[e("label",{for:d,class:"visually-hidden",children:a("resCell",{side:a(`side${i}`),kind:a(`res${o}`)})}),e("textarea",{id:d,rows:3,value:t[`${i}/${o}`]??"","data-testid":`res-${i}-${o}`,onInput:l=>n({...t,[`${i}/${o}`]:l.currentTarget.value})})]},i)})]},o))})]})})]})}function Me(t){let n={CITY:"",PARTNER:""};for(let r of t)n[r.side]=n[r.side]?`${n[r.side]}
${r.description}`:r.description;return n}function Ee(t){return ye.flatMap(n=>_e(t[n],!0).map(r=>({side:n,description:r})))}function Oe({value:t,onChange:n}){return e(X,{legend:a("merits"),class:"content-merits",children:ye.map(r=>e(z,{label:a("meritFor",{side:a(`side${r}`)}),help:a("meritHelp"),value:t[r],rows:3,testid:`merit-${r}`,onInput:o=>n({...t,[r]:o})},r))})}function se(t){return e(I,{children:[e("div",{class:"content-listhead",children:[e("h1",{children:t.title}),t.newLabel&&t.newPath&&e("a",{class:"btn btn-primary",href:q(t.newPath),"data-testid":"new-item",children:["＋ ",t.newLabel]})]}),t.filters&&e("form",{class:"content-filters",role:"search",onSubmit:n=>{n.preventDefault(),t.onApply?.()},children:e(X,{legend:a("filters"),children:[e("div",{class:"content-filter-row",children:t.filters}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary",children:a("apply")}),e($,{onClick:t.onClear,children:a("clear")})]})]})}),t.children]})}function ge(t){let[n,r]=h(t),[o,i]=h(t),[d,l]=h(null);return{draft:n,setDraft:r,filter:o,apply:()=>{i(n),l(null)},clear:()=>{r(t),i(t),l(null)},after:d,setAfter:l}}var Z=20,No=b(`
  query ContentDepartments {
    municipality {
      departments {
        id
        name
      }
    }
  }
`);function Re(t){let n=M(No,{}),r=[{value:"",label:t.noneLabel},...(n.data?.municipality.departments??[]).map(o=>({value:o.id,label:o.name}))];return e(F,{label:t.label,value:t.value,onChange:t.onChange,options:r,testid:t.testid})}var To=b(`
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
`);function Le({legend:t,value:n,onChange:r}){let[o,i]=h(""),[d,l]=h(""),s=M(To,{search:R(d)}),g=new Set(n.map(f=>f.id)),m=(s.data?.partners.edges??[]).map(f=>f.node).filter(f=>!g.has(f.id)),c=(f,u)=>r(u?[...n,f]:n.filter(C=>C.id!==f.id)),A=te();return e(X,{legend:t,class:"content-partners",children:[e("ul",{class:"content-checks",children:[...n,...m].map(f=>e("li",{children:[e("input",{id:`${A}-${f.id}`,type:"checkbox",checked:g.has(f.id),onChange:u=>c(f,u.currentTarget.checked)})," ",e("label",{for:`${A}-${f.id}`,children:f.name})]},f.id))}),m.length===0&&n.length===0&&e("p",{children:a("partnerNone")}),e("div",{class:"content-inline",children:[e(S,{label:a("partnerSearch"),type:"search",value:o,onInput:i}),e($,{onClick:()=>l(o),children:a("apply")})]})]})}var Wr=["BUSINESS","COMPREHENSIVE","MEMORANDUM"],Yr=["PLANNED","ACTIVE","EXPIRED","TERMINATED"],Mo=b(`
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
`);function Jr(t){let n=ge({search:"",kind:"",status:""}),r={search:R(n.filter.search),kind:R(n.filter.kind),status:R(n.filter.status)},o=M(Mo,{first:Z,after:n.after,filter:r});return e(se,{title:a("listAgreements"),newLabel:a("newAgreement"),newPath:"/content/agreements/new",onApply:n.apply,onClear:n.clear,filters:e(I,{children:[e(S,{label:a("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:a("searchHelp")}),e(F,{label:a("agreementKind"),value:n.draft.kind,onChange:i=>n.setDraft({...n.draft,kind:i}),options:ne(Wr,i=>a(`ak${i}`),a("any"))}),e(F,{label:a("agreementStatus"),value:n.draft.status,onChange:i=>n.setDraft({...n.draft,status:i}),options:ne(Yr,i=>a(`as${i}`),a("any"))})]}),children:[e(_,{error:o.error,onRetry:()=>{o.reload()},retryLabel:y("retry")}),o.loading&&!o.data&&e(U,{label:y("loading")}),e(ee,{caption:a("listAgreements"),testid:"agreement-list",page:o.data?.agreements,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:Z,columns:[{header:a("colTitle"),cell:i=>e("a",{href:q(`/content/agreements/${i.id}`),children:i.title})},{header:a("parties"),cell:i=>i.parties.map(d=>d.name).join("、")||"—"},{header:a("colKind"),cell:i=>a(`ak${i.kind}`)},{header:a("colSigned"),cell:i=>j(i.signedOn)||"—"},{header:a("colStatus"),cell:i=>a(`as${i.status}`)},{header:a("colState"),cell:i=>e(de,{state:i.publicationState,publishedAt:i.publishedAt})},{header:a("colUpdated"),cell:i=>O(i.updatedAt)}]})]})}var Eo=b(`
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
`),Oo=b(`
  mutation ContentAgreementCreate($input: AgreementInput!) {
    createAgreement(input: $input) {
      id
    }
  }
`),Ro=b(`
  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
    updateAgreement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Lo=b(`
  mutation ContentAgreementDelete($id: ID!) {
    deleteAgreement(id: $id)
  }
`),Fo={kind:"BUSINESS",title:"",purpose:"",parties:[],signedOn:"",termStartOn:"",termEndOn:"",items:"",merits:{CITY:"",PARTNER:""},status:"PLANNED"};function Gr(t){return{kind:t.kind,title:t.title,purpose:t.purpose,partyIds:t.parties.map(n=>n.id),signedOn:R(t.signedOn),termStartOn:R(t.termStartOn),termEndOn:R(t.termEndOn),items:_e(t.items,!0),merits:Ee(t.merits),status:t.status}}function Zr({params:t}){let n=t.id==="new",r=M(Eo,{id:t.id??""},n),o=n?null:r.data?.agreement,i=oe({q:r,item:o,blank:Fo,toForm:s=>({kind:s.kind,title:s.title,purpose:s.purpose,parties:s.parties.map(g=>({id:g.id,name:g.name})),signedOn:s.signedOn??"",termStartOn:s.termStartOn??"",termEndOn:s.termEndOn??"",items:s.items.join(`
`),merits:Me(s.merits),status:s.status}),create:async s=>(await x(Oo,{input:Gr(s)})).createAgreement.id,update:(s,g)=>x(Ro,{id:t.id,input:Gr(s),version:g}),path:s=>`/content/agreements/${s}`}),d=n?a("newAgreement"):a("editAgreement");if(!n&&!o)return e(I,{children:[e(Y,{title:d,list:"/content/agreements",listLabel:a("listAgreements")}),r.loading?e(U,{label:y("loading")}):e(_,{error:r.error,onRetry:()=>{r.reload()},retryLabel:y("retry")})]});let l=i.form;return e(I,{children:[e(Y,{title:d,list:"/content/agreements",listLabel:a("listAgreements"),children:o&&e("p",{class:"content-sub",children:a("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:s=>{s.preventDefault(),i.save()},children:[e(K,{children:i.notice}),e(ae,{error:i.error,onReload:i.reload}),e(S,{label:a("name"),value:l.title,onInput:s=>i.set("title",s),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(F,{label:a("agreementKind"),value:l.kind,onChange:s=>i.set("kind",s),options:ne(Wr,s=>a(`ak${s}`))}),e(F,{label:a("agreementStatus"),value:l.status,onChange:s=>i.set("status",s),options:ne(Yr,s=>a(`as${s}`))})]}),e(z,{label:a("purpose"),value:l.purpose,onInput:s=>i.set("purpose",s),rows:4}),e(Le,{legend:a("parties"),value:l.parties,onChange:s=>i.set("parties",s)}),e(z,{label:a("items"),value:l.items,onInput:s=>i.set("items",s),help:a("itemsHelp"),rows:5,testid:"field-items"}),e(S,{label:a("signedOn"),type:"date",value:l.signedOn,onInput:s=>i.set("signedOn",s),help:j(l.signedOn),testid:"field-signed"}),e("div",{class:"content-pair",children:[e(S,{label:a("termStartOn"),type:"date",value:l.termStartOn,onInput:s=>i.set("termStartOn",s),help:j(l.termStartOn),testid:"field-term-start"}),e(S,{label:a("termEndOn"),type:"date",value:l.termEndOn,onInput:s=>i.set("termEndOn",s),help:j(l.termEndOn),testid:"field-term-end"})]}),e(Oe,{value:l.merits,onChange:s=>i.set("merits",s)}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?a("create"):a("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(pe,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:s=>x(Lo,{id:s}),onChanged:i.reload,onRestored:i.reload}),e(me,{contentId:o.id,media:o.media,onChanged:i.reload}),e(ce,{id:o.id,version:o.version,onRestored:i.reload})]}):e("p",{class:"help",children:a("mediaAfterCreate")})]})]})}var qo=b(`
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
`);function ei(t){let n=ge({search:"",category:""}),r={search:R(n.filter.search),category:R(n.filter.category)},o=M(qo,{first:Z,after:n.after,filter:r});return e(se,{title:a("listAnnouncements"),newLabel:a("newAnnouncement"),newPath:"/content/announcements/new",onApply:n.apply,onClear:n.clear,filters:e(I,{children:[e(S,{label:a("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:a("searchHelp")}),e(S,{label:a("annCategory"),value:n.draft.category,onInput:i=>n.setDraft({...n.draft,category:i}),help:a("annCategoryHelp")})]}),children:[e(_,{error:o.error,onRetry:()=>{o.reload()},retryLabel:y("retry")}),o.loading&&!o.data&&e(U,{label:y("loading")}),e(ee,{caption:a("listAnnouncements"),testid:"announcement-list",page:o.data?.announcements,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:Z,columns:[{header:a("colTitle"),cell:i=>e("a",{href:q(`/content/announcements/${i.id}`),children:i.title})},{header:a("colCategory"),cell:i=>i.category||"—"},{header:a("colState"),cell:i=>e(de,{state:i.publicationState,publishedAt:i.publishedAt})},{header:a("colUpdated"),cell:i=>O(i.updatedAt)}]})]})}var jo=b(`
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
`),Uo=b(`
  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
    createAnnouncement(input: $input) {
      id
    }
  }
`),Bo=b(`
  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
    updateAnnouncement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Ko=b(`
  mutation ContentAnnouncementDelete($id: ID!) {
    deleteAnnouncement(id: $id)
  }
`),Vo={title:"",body:"",category:""};function Xr(t){return{title:t.title,body:t.body,category:t.category}}function ti({params:t}){let n=t.id==="new",r=M(jo,{id:t.id??""},n),o=n?null:r.data?.announcement,i=oe({q:r,item:o,blank:Vo,toForm:s=>({title:s.title,body:s.body,category:s.category}),create:async s=>(await x(Uo,{input:Xr(s)})).createAnnouncement.id,update:(s,g)=>x(Bo,{id:t.id,input:Xr(s),version:g}),path:s=>`/content/announcements/${s}`}),d=n?a("newAnnouncement"):a("editAnnouncement");if(!n&&!o)return e(I,{children:[e(Y,{title:d,list:"/content/announcements",listLabel:a("listAnnouncements")}),r.loading?e(U,{label:y("loading")}):e(_,{error:r.error,onRetry:()=>{r.reload()},retryLabel:y("retry")})]});let l=i.form;return e(I,{children:[e(Y,{title:d,list:"/content/announcements",listLabel:a("listAnnouncements"),children:o&&e("p",{class:"content-sub",children:a("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:s=>{s.preventDefault(),i.save()},children:[e(K,{children:i.notice}),e(ae,{error:i.error,onReload:i.reload}),e(S,{label:a("title"),value:l.title,onInput:s=>i.set("title",s),required:!0,maxLength:200,testid:"field-title"}),e(S,{label:a("annCategory"),value:l.category,onInput:s=>i.set("category",s),help:a("annCategoryHelp"),maxLength:50}),e(z,{label:a("body"),value:l.body,onInput:s=>i.set("body",s),rows:10,testid:"field-body"}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?a("create"):a("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(pe,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:s=>x(Ko,{id:s}),onChanged:i.reload,onRestored:i.reload}),e(me,{contentId:o.id,media:o.media,onChanged:i.reload}),e(ce,{id:o.id,version:o.version,onRestored:i.reload})]}):e("p",{class:"help",children:a("mediaAfterCreate")})]})]})}var ri=["PARTNERSHIP","DEMONSTRATION","AGREEMENT","OTHER"],Ho=b(`
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
`);function ii(t){let n=ge({search:"",category:"",locality:""}),r={search:R(n.filter.search),category:R(n.filter.category)??null,locality:R(n.filter.locality)},o=M(Ho,{first:Z,after:n.after,filter:r});return e(se,{title:a("listCaseStudies"),newLabel:a("newCaseStudy"),newPath:"/content/case-studies/new",onApply:n.apply,onClear:n.clear,filters:e(I,{children:[e(S,{label:a("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:a("searchHelp")}),e(F,{label:a("category"),value:n.draft.category,onChange:i=>n.setDraft({...n.draft,category:i}),options:ne(ri,i=>a(`cat${i}`),a("any"))}),e(S,{label:a("locality"),value:n.draft.locality,onInput:i=>n.setDraft({...n.draft,locality:i})})]}),children:[e(_,{error:o.error,onRetry:()=>{o.reload()},retryLabel:y("retry")}),o.loading&&!o.data&&e(U,{label:y("loading")}),e(ee,{caption:a("listCaseStudies"),testid:"case-study-list",page:o.data?.caseStudies,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:Z,columns:[{header:a("colTitle"),cell:i=>e("a",{href:q(`/content/case-studies/${i.id}`),children:i.title})},{header:a("colLocality"),cell:i=>i.locality||"—"},{header:a("colCategory"),cell:i=>a(`cat${i.category}`)},{header:a("colPeriod"),cell:i=>i.startOn||i.endOn?`${j(i.startOn)} 〜 ${j(i.endOn)}`:"—"},{header:a("colState"),cell:i=>e(de,{state:i.publicationState,publishedAt:i.publishedAt})},{header:a("colUpdated"),cell:i=>O(i.updatedAt)}]})]})}var zo=b(`
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
`),Qo=b(`
  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
    createCaseStudy(input: $input) {
      id
    }
  }
`),Go=b(`
  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
    updateCaseStudy(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Wo=b(`
  mutation ContentCaseStudyDelete($id: ID!) {
    deleteCaseStudy(id: $id)
  }
`),Yo={title:"",locality:"",program:"",category:"PARTNERSHIP",partners:[],startOn:"",endOn:"",dateNote:"",summary:"",resources:{},merits:{CITY:"",PARTNER:""},tags:""};function ni(t){return{title:t.title,locality:t.locality,program:t.program,category:t.category,partnerIds:t.partners.map(n=>n.id),startOn:R(t.startOn),endOn:R(t.endOn),dateNote:t.dateNote,summary:t.summary,resources:dt(t.resources),merits:Ee(t.merits),tags:_e(t.tags)}}function oi({params:t}){let n=t.id==="new",r=M(zo,{id:t.id??""},n),o=n?null:r.data?.caseStudy,i=oe({q:r,item:o,blank:Yo,toForm:s=>({title:s.title,locality:s.locality,program:s.program,category:s.category,partners:s.partners.map(g=>({id:g.id,name:g.name})),startOn:s.startOn??"",endOn:s.endOn??"",dateNote:s.dateNote,summary:s.summary,resources:st(s.resources),merits:Me(s.merits),tags:s.tags.join("、")}),create:async s=>(await x(Qo,{input:ni(s)})).createCaseStudy.id,update:(s,g)=>x(Go,{id:t.id,input:ni(s),version:g}),path:s=>`/content/case-studies/${s}`}),d=n?a("newCaseStudy"):a("editCaseStudy");if(!n&&!o)return e(I,{children:[e(Y,{title:d,list:"/content/case-studies",listLabel:a("listCaseStudies")}),r.loading?e(U,{label:y("loading")}):e(_,{error:r.error,onRetry:()=>{r.reload()},retryLabel:y("retry")})]});let l=i.form;return e(I,{children:[e(Y,{title:d,list:"/content/case-studies",listLabel:a("listCaseStudies"),children:o&&e("p",{class:"content-sub",children:a("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:s=>{s.preventDefault(),i.save()},children:[e(K,{children:i.notice}),e(ae,{error:i.error,onReload:i.reload}),e(S,{label:a("name"),value:l.title,onInput:s=>i.set("title",s),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(S,{label:a("locality"),value:l.locality,onInput:s=>i.set("locality",s),help:a("localityHelp"),maxLength:100,testid:"field-locality"}),e(S,{label:a("program"),value:l.program,onInput:s=>i.set("program",s),maxLength:100})]}),e(F,{label:a("category"),value:l.category,onChange:s=>i.set("category",s),options:ne(ri,s=>a(`cat${s}`)),testid:"field-category"}),e("div",{class:"content-pair",children:[e(S,{label:a("startOn"),type:"date",value:l.startOn,onInput:s=>i.set("startOn",s),help:j(l.startOn),testid:"field-start"}),e(S,{label:a("endOn"),type:"date",value:l.endOn,onInput:s=>i.set("endOn",s),help:j(l.endOn),testid:"field-end"})]}),e(S,{label:a("dateNote"),value:l.dateNote,onInput:s=>i.set("dateNote",s),help:a("dateNoteHelp"),maxLength:250}),e(z,{label:a("summary"),value:l.summary,onInput:s=>i.set("summary",s),rows:6,testid:"field-summary"}),e(Le,{legend:a("partners"),value:l.partners,onChange:s=>i.set("partners",s)}),e(lt,{value:l.resources,onChange:s=>i.set("resources",s)}),e(Oe,{value:l.merits,onChange:s=>i.set("merits",s)}),e(S,{label:a("tags"),value:l.tags,onInput:s=>i.set("tags",s),help:a("tagsHelp")}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?a("create"):a("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(pe,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:s=>x(Wo,{id:s}),onChanged:i.reload,onRestored:i.reload}),e(me,{contentId:o.id,media:o.media,onChanged:i.reload}),e(ce,{id:o.id,version:o.version,onRestored:i.reload})]}):e("p",{class:"help",children:a("mediaAfterCreate")})]})]})}var Jo=b(`
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
`);function si(t){let n=ge({search:"",departmentId:"",isOpen:""}),r={search:R(n.filter.search),departmentId:R(n.filter.departmentId),isOpen:n.filter.isOpen===""?null:n.filter.isOpen==="true"},o=M(Jo,{first:Z,after:n.after,filter:r});return e(se,{title:a("listChallenges"),newLabel:a("newChallenge"),newPath:"/content/challenges/new",onApply:n.apply,onClear:n.clear,filters:e(I,{children:[e(S,{label:a("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:a("searchHelp")}),e(Re,{label:a("department"),value:n.draft.departmentId,onChange:i=>n.setDraft({...n.draft,departmentId:i}),noneLabel:a("any")}),e(F,{label:a("isOpen"),value:n.draft.isOpen,onChange:i=>n.setDraft({...n.draft,isOpen:i}),options:[{value:"",label:a("any")},{value:"true",label:a("open")},{value:"false",label:a("closed")}]})]}),children:[e(_,{error:o.error,onRetry:()=>{o.reload()},retryLabel:y("retry")}),o.loading&&!o.data&&e(U,{label:y("loading")}),e(ee,{caption:a("listChallenges"),testid:"challenge-list",page:o.data?.challenges,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:Z,columns:[{header:a("colTitle"),cell:i=>e("a",{href:q(`/content/challenges/${i.id}`),children:i.title})},{header:a("colDepartment"),cell:i=>i.department?.name??"—"},{header:a("colPeriod"),cell:i=>i.opensAt||i.closesAt?`${O(i.opensAt)} 〜 ${O(i.closesAt)}`:"—"},{header:a("colState"),cell:i=>e(de,{state:i.publicationState,publishedAt:i.publishedAt})},{header:a("colUpdated"),cell:i=>O(i.updatedAt)}]})]})}var Zo=b(`
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
`),Xo=b(`
  mutation ContentChallengeCreate($input: ChallengeInput!) {
    createChallenge(input: $input) {
      id
    }
  }
`),ea=b(`
  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
    updateChallenge(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),ta=b(`
  mutation ContentChallengeDelete($id: ID!) {
    deleteChallenge(id: $id)
  }
`),na={title:"",background:"",desiredOutcome:"",departmentId:"",tags:"",opensAt:"",closesAt:""};function ai(t){return{title:t.title,background:t.background,desiredOutcome:t.desiredOutcome,departmentId:R(t.departmentId),tags:_e(t.tags),opensAt:Te(t.opensAt),closesAt:Te(t.closesAt)}}function di({params:t}){let n=t.id==="new",r=M(Zo,{id:t.id??""},n),o=n?null:r.data?.challenge,i=oe({q:r,item:o,blank:na,toForm:s=>({title:s.title,background:s.background,desiredOutcome:s.desiredOutcome,departmentId:s.department?.id??"",tags:s.tags.join("、"),opensAt:Et(s.opensAt),closesAt:Et(s.closesAt)}),create:async s=>(await x(Xo,{input:ai(s)})).createChallenge.id,update:(s,g)=>x(ea,{id:t.id,input:ai(s),version:g}),path:s=>`/content/challenges/${s}`}),d=n?a("newChallenge"):a("editChallenge");if(!n&&!o)return e(I,{children:[e(Y,{title:d,list:"/content/challenges",listLabel:a("listChallenges")}),r.loading?e(U,{label:y("loading")}):e(_,{error:r.error,onRetry:()=>{r.reload()},retryLabel:y("retry")})]});let l=i.form;return e(I,{children:[e(Y,{title:d,list:"/content/challenges",listLabel:a("listChallenges"),children:o&&e("p",{class:"content-sub",children:a("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:s=>{s.preventDefault(),i.save()},children:[e(K,{children:i.notice}),e(ae,{error:i.error,onReload:i.reload}),e(S,{label:a("title"),value:l.title,onInput:s=>i.set("title",s),required:!0,maxLength:200,testid:"field-title"}),e(Re,{label:a("department"),value:l.departmentId,onChange:s=>i.set("departmentId",s),noneLabel:a("noDepartment"),testid:"field-department"}),e(z,{label:a("background"),value:l.background,onInput:s=>i.set("background",s),rows:6}),e(z,{label:a("desiredOutcome"),value:l.desiredOutcome,onInput:s=>i.set("desiredOutcome",s),rows:4}),e(S,{label:a("tags"),value:l.tags,onInput:s=>i.set("tags",s),help:a("tagsHelp")}),e("div",{class:"content-pair",children:[e(S,{label:a("opensAt"),type:"datetime-local",value:l.opensAt,onInput:s=>i.set("opensAt",s),help:O(Te(l.opensAt))}),e(S,{label:a("closesAt"),type:"datetime-local",value:l.closesAt,onInput:s=>i.set("closesAt",s),help:O(Te(l.closesAt))})]}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?a("create"):a("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(pe,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:s=>x(ta,{id:s}),onChanged:i.reload,onRestored:i.reload}),e(me,{contentId:o.id,media:o.media,onChanged:i.reload}),e(ce,{id:o.id,version:o.version,onRestored:i.reload})]}):e("p",{class:"help",children:a("mediaAfterCreate")})]})]})}var ra=b(`
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
`);function ui(t){let[n,r]=h(null),o=M(ra,{first:Z,after:n});return e(se,{title:a("listMethods"),newLabel:a("newMethod"),newPath:"/content/methods/new",children:[e(_,{error:o.error,onRetry:()=>{o.reload()},retryLabel:y("retry")}),o.loading&&!o.data&&e(U,{label:y("loading")}),e(ee,{caption:a("listMethods"),testid:"method-list",page:o.data?.collaborationMethods,after:n,onAfter:r,resetKey:"",rowKey:i=>i.id,pageSize:Z,columns:[{header:a("colPosition"),cell:i=>i.position},{header:a("colName"),cell:i=>e("a",{href:q(`/content/methods/${i.id}`),children:i.name})},{header:a("colKey"),cell:i=>e("code",{children:i.key})}]})]})}var ia=b(`
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
`),oa=b(`
  mutation ContentMethodCreate($input: CollaborationMethodInput!) {
    createCollaborationMethod(input: $input) {
      id
    }
  }
`),aa=b(`
  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
    updateCollaborationMethod(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),sa=b(`
  mutation ContentMethodDelete($id: ID!) {
    deleteCollaborationMethod(id: $id)
  }
`),da=b(`
  mutation ContentMethodRestore($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),la={key:"",name:"",description:"",position:"0"};function li(t){let n=Number.parseInt(t.position,10);return{key:t.key,name:t.name,description:t.description,position:Number.isFinite(n)?n:0}}function pi({params:t}){let n=t.id==="new",r=M(ia,{id:t.id??""},n),o=n?null:r.data?.collaborationMethod,i=oe({q:r,item:o,blank:la,toForm:f=>({key:f.key,name:f.name,description:f.description,position:String(f.position)}),create:async f=>(await x(oa,{input:li(f)})).createCollaborationMethod.id,update:(f,u)=>x(aa,{id:t.id,input:li(f),version:u}),path:f=>`/content/methods/${f}`}),[d,l]=h(!1),[s,g]=h(!1),m=G(async f=>{if(f){await x(da,{id:t.id}),g(!1),i.setNotice(a("restored")),i.reload();return}await x(sa,{id:t.id}),l(!1),g(!0),i.setNotice(a("deleted",{title:o?.name??""}))}),c=n?a("newMethod"):a("editMethod");if(s)return e(I,{children:[e(Y,{title:c,list:"/content/methods",listLabel:a("listMethods")}),e(K,{children:i.notice}),e(_,{error:m.error}),e($,{variant:"primary",busy:m.busy,onClick:()=>{m.run(!0)},"data-testid":"restore-deleted",children:a("restoreDeleted")})]});if(!n&&!o)return e(I,{children:[e(Y,{title:c,list:"/content/methods",listLabel:a("listMethods")}),r.loading?e(U,{label:y("loading")}):e(_,{error:r.error,onRetry:()=>{r.reload()},retryLabel:y("retry")})]});let A=i.form;return e(I,{children:[e(Y,{title:c,list:"/content/methods",listLabel:a("listMethods"),children:o&&e("p",{class:"content-sub",children:a("version",{n:o.version})})}),e("form",{class:"content-form",onSubmit:f=>{f.preventDefault(),i.save()},children:[e(K,{children:i.notice}),e(ae,{error:i.error,onReload:i.reload}),e(_,{error:m.error}),e(S,{label:a("name"),value:A.name,onInput:f=>i.set("name",f),required:!0,maxLength:200,testid:"field-title"}),e(S,{label:a("methodKey"),value:A.key,onInput:f=>i.set("key",f),help:a("methodKeyHelp"),required:!0,maxLength:50}),e(z,{label:a("description"),value:A.description,onInput:f=>i.set("description",f),rows:6}),e(S,{label:a("position"),type:"number",value:A.position,onInput:f=>i.set("position",f)}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?a("create"):a("saveDraft")}),o&&e($,{variant:"danger",onClick:()=>l(!0),"data-testid":"delete",children:a("delete")})]})]}),e(Ae,{open:d,title:a("confirmDelete"),confirmLabel:a("delete"),danger:!0,busy:m.busy,onConfirm:()=>{m.run(!1)},onCancel:()=>l(!1),children:e("p",{children:a("confirmDeleteBody",{title:o?.name??""})})})]})}var ua=b(`
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
`);async function pa(t){let n={"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},r=Se();r&&(n.Authorization=`Bearer ${r}`);let o;try{o=await fetch(St("graphql"),{method:"POST",headers:n,credentials:"omit",cache:"no-store",body:JSON.stringify({query:ua.toString(),variables:{token:t}})})}catch{throw new V("NETWORK","")}let i=await o.json().catch(()=>({}));if(i.errors?.length){let d=i.errors[0].extensions?.code;throw new V(d==="UNAUTHENTICATED"||d==="NOT_FOUND"?"NOT_FOUND":"INTERNAL",i.errors[0].message)}if(!i.data)throw new V("UNAVAILABLE",`HTTP ${o.status}`);return i.data}function Fe({text:t}){return t?e(I,{children:t.split(/\n{2,}/).map((n,r)=>e("p",{class:"content-pre",children:n},r))}):e("p",{class:"muted",children:"—"})}function B({label:t,value:n}){return e("div",{children:[e("dt",{children:t}),e("dd",{children:n||"—"})]})}function ci({rs:t}){return e("div",{class:"table-wrap",children:e("table",{class:"table matrix",children:[e("caption",{children:a("resources")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:a("kindCol")}),ye.map(n=>e("th",{scope:"col",children:a(`side${n}`)},n))]})}),e("tbody",{children:at.map(n=>e("tr",{children:[e("th",{scope:"row",children:a(`res${n}`)}),ye.map(r=>e("td",{class:"content-pre",children:t.filter(o=>o.side===r&&o.kind===n).map(o=>o.description).join(`
`)||"—"},r))]},n))})]})})}function Rt({ms:t}){return e(I,{children:[e("h2",{children:a("merits")}),ye.map(n=>e("div",{children:[e("h3",{children:a("meritFor",{side:a(`side${n}`)})}),e("ul",{children:t.filter(r=>r.side===n).map((r,o)=>e("li",{children:r.description},o))})]},n))]})}function ze({media:t}){return t.length===0?null:e(I,{children:[e("h2",{children:a("secMedia")}),e("ul",{children:t.map(n=>e("li",{children:[n.fileName,"（",Ot(n.size),"）",n.alt?`: ${n.alt}`:""]},n.id))})]})}function ca({n:t}){switch(t.__typename){case"Challenge":return e(I,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(B,{label:a("department"),value:t.department?.name}),e(B,{label:a("opensAt"),value:O(t.opensAt)}),e(B,{label:a("closesAt"),value:O(t.closesAt)}),e(B,{label:a("tags"),value:t.tags.join("、")})]}),e("h2",{children:a("background")}),e(Fe,{text:t.background}),e("h2",{children:a("desiredOutcome")}),e(Fe,{text:t.desiredOutcome}),e(ze,{media:t.media})]});case"CaseStudy":return e(I,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(B,{label:a("locality"),value:t.locality}),e(B,{label:a("program"),value:t.program}),e(B,{label:a("category"),value:a(`cat${t.caseCategory}`)}),e(B,{label:a("startOn"),value:j(t.startOn)}),e(B,{label:a("endOn"),value:j(t.endOn)}),e(B,{label:a("dateNote"),value:t.dateNote}),e(B,{label:a("partners"),value:t.partners.map(n=>n.name).join("、")}),e(B,{label:a("tags"),value:t.tags.join("、")})]}),e("h2",{children:a("summary")}),e(Fe,{text:t.summary}),e(ci,{rs:t.resources}),e(Rt,{ms:t.merits}),e(ze,{media:t.media})]});case"Agreement":return e(I,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(B,{label:a("agreementKind"),value:a(`ak${t.agreementKind}`)}),e(B,{label:a("agreementStatus"),value:a(`as${t.agreementStatus}`)}),e(B,{label:a("parties"),value:t.parties.map(n=>n.name).join("、")}),e(B,{label:a("signedOn"),value:j(t.signedOn)}),e(B,{label:a("termStartOn"),value:j(t.termStartOn)}),e(B,{label:a("termEndOn"),value:j(t.termEndOn)})]}),e("h2",{children:a("purpose")}),e(Fe,{text:t.purpose}),e("h2",{children:a("items")}),e("ul",{children:t.items.map((n,r)=>e("li",{children:n},r))}),e(Rt,{ms:t.merits}),e(ze,{media:t.media})]});case"Project":return e(I,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(B,{label:a("projectKind"),value:a(`pk${t.projectKind}`)}),e(B,{label:a("projectStatus"),value:a(`ps${t.projectStatus}`)}),e(B,{label:a("leadDepartment"),value:t.leadDepartment?.name}),e(B,{label:a("startOn"),value:j(t.startOn)}),e(B,{label:a("endOn"),value:j(t.endOn)}),e(B,{label:a("site"),value:t.site}),e(B,{label:a("partners"),value:t.partners.map(n=>n.name).join("、")})]}),e("h2",{children:a("summary")}),e(Fe,{text:t.summary}),e(ci,{rs:t.resources}),e(Rt,{ms:t.merits}),e(ze,{media:t.media})]});case"Announcement":return e(I,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:e(B,{label:a("annCategory"),value:t.category})}),e(Fe,{text:t.body}),e(ze,{media:t.media})]});default:return e("h1",{children:a("previewTitle")})}}function mi({params:t}){let n=t.token??"",[r,o]=h(null),[i,d]=h(null);return J(()=>{let l=!0;return o(null),d(null),pa(n).then(s=>l&&o(s),s=>l&&d(s instanceof V?s:new V("INTERNAL",String(s)))),()=>{l=!1}},[n]),i?e(I,{children:[e("h1",{children:a("previewTitle")}),i.code==="NOT_FOUND"?e("p",{role:"alert",children:a("previewGone")}):e(_,{error:i})]}):r?r.preview?e("article",{class:"content-preview","data-testid":"preview",children:[e("p",{children:[e(W,{tone:"warning",icon:"👁",children:a("previewTitle")})," ",a("previewNote")]}),e(ca,{n:r.preview})]}):e(I,{children:[e("h1",{children:a("previewTitle")}),e("p",{role:"alert",children:a("previewGone")})]}):e(U,{label:y("loading")})}var fi=["PARTNERSHIP","DEMONSTRATION"],yi=["PLANNED","ONGOING","COMPLETED","CANCELLED"],ma=b(`
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
`);function hi(t){let n=ge({search:"",kind:"",status:"",departmentId:""}),r={search:R(n.filter.search),kind:R(n.filter.kind),status:R(n.filter.status),departmentId:R(n.filter.departmentId)},o=M(ma,{first:Z,after:n.after,filter:r});return e(se,{title:a("listProjects"),newLabel:a("newProject"),newPath:"/content/projects/new",onApply:n.apply,onClear:n.clear,filters:e(I,{children:[e(S,{label:a("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:a("searchHelp")}),e(F,{label:a("projectKind"),value:n.draft.kind,onChange:i=>n.setDraft({...n.draft,kind:i}),options:ne(fi,i=>a(`pk${i}`),a("any"))}),e(F,{label:a("projectStatus"),value:n.draft.status,onChange:i=>n.setDraft({...n.draft,status:i}),options:ne(yi,i=>a(`ps${i}`),a("any"))}),e(Re,{label:a("leadDepartment"),value:n.draft.departmentId,onChange:i=>n.setDraft({...n.draft,departmentId:i}),noneLabel:a("any")})]}),children:[e(_,{error:o.error,onRetry:()=>{o.reload()},retryLabel:y("retry")}),o.loading&&!o.data&&e(U,{label:y("loading")}),e(ee,{caption:a("listProjects"),testid:"project-list",page:o.data?.projects,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:Z,columns:[{header:a("colTitle"),cell:i=>e("a",{href:q(`/content/projects/${i.id}`),children:i.title})},{header:a("colKind"),cell:i=>a(`pk${i.kind}`)},{header:a("colDepartment"),cell:i=>i.leadDepartment?.name??"—"},{header:a("colPeriod"),cell:i=>i.startOn||i.endOn?`${j(i.startOn)} 〜 ${j(i.endOn)}`:"—"},{header:a("colStatus"),cell:i=>a(`ps${i.status}`)},{header:a("colState"),cell:i=>e(de,{state:i.publicationState,publishedAt:i.publishedAt})},{header:a("colUpdated"),cell:i=>O(i.updatedAt)}]})]})}var ga=b(`
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
`),fa=b(`
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
`),ya=b(`
  mutation ContentProjectCreate($input: ProjectInput!) {
    createProject(input: $input) {
      id
    }
  }
`),ha=b(`
  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
    updateProject(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),ba=b(`
  mutation ContentProjectDelete($id: ID!) {
    deleteProject(id: $id)
  }
`),Ca={kind:"PARTNERSHIP",title:"",summary:"",startOn:"",endOn:"",site:"",leadDepartmentId:"",partners:[],resources:{},merits:{CITY:"",PARTNER:""},status:"PLANNED",agreementId:""};function gi(t){return{kind:t.kind,title:t.title,summary:t.summary,startOn:R(t.startOn),endOn:R(t.endOn),site:t.site,leadDepartmentId:R(t.leadDepartmentId),partnerIds:t.partners.map(n=>n.id),resources:dt(t.resources),merits:Ee(t.merits),status:t.status,agreementId:R(t.agreementId)}}function bi({params:t}){let n=t.id==="new",r=M(ga,{id:t.id??""},n),o=M(fa,{}),i=n?null:r.data?.project,d=oe({q:r,item:i,blank:Ca,toForm:m=>({kind:m.kind,title:m.title,summary:m.summary,startOn:m.startOn??"",endOn:m.endOn??"",site:m.site,leadDepartmentId:m.leadDepartment?.id??"",partners:m.partners.map(c=>({id:c.id,name:c.name})),resources:st(m.resources),merits:Me(m.merits),status:m.status,agreementId:m.agreement?.id??""}),create:async m=>(await x(ya,{input:gi(m)})).createProject.id,update:(m,c)=>x(ha,{id:t.id,input:gi(m),version:c}),path:m=>`/content/projects/${m}`}),l=n?a("newProject"):a("editProject");if(!n&&!i)return e(I,{children:[e(Y,{title:l,list:"/content/projects",listLabel:a("listProjects")}),r.loading?e(U,{label:y("loading")}):e(_,{error:r.error,onRetry:()=>{r.reload()},retryLabel:y("retry")})]});let s=d.form,g=[{value:"",label:a("noAgreement")},...(o.data?.agreements.edges??[]).map(m=>({value:m.node.id,label:m.node.title}))];return i?.agreement&&!g.some(m=>m.value===i.agreement.id)&&g.push({value:i.agreement.id,label:i.agreement.title}),e(I,{children:[e(Y,{title:l,list:"/content/projects",listLabel:a("listProjects"),children:i&&e("p",{class:"content-sub",children:a("version",{n:i.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:m=>{m.preventDefault(),d.save()},children:[e(K,{children:d.notice}),e(ae,{error:d.error,onReload:d.reload}),e(S,{label:a("name"),value:s.title,onInput:m=>d.set("title",m),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(F,{label:a("projectKind"),value:s.kind,onChange:m=>d.set("kind",m),options:ne(fi,m=>a(`pk${m}`))}),e(F,{label:a("projectStatus"),value:s.status,onChange:m=>d.set("status",m),options:ne(yi,m=>a(`ps${m}`))})]}),e(Re,{label:a("leadDepartment"),value:s.leadDepartmentId,onChange:m=>d.set("leadDepartmentId",m),noneLabel:a("noDepartment"),testid:"field-department"}),e(z,{label:a("summary"),value:s.summary,onInput:m=>d.set("summary",m),rows:6}),e("div",{class:"content-pair",children:[e(S,{label:a("startOn"),type:"date",value:s.startOn,onInput:m=>d.set("startOn",m),help:j(s.startOn)}),e(S,{label:a("endOn"),type:"date",value:s.endOn,onInput:m=>d.set("endOn",m),help:j(s.endOn)})]}),e(S,{label:a("site"),value:s.site,onInput:m=>d.set("site",m)}),e(Le,{legend:a("partners"),value:s.partners,onChange:m=>d.set("partners",m)}),e(lt,{value:s.resources,onChange:m=>d.set("resources",m)}),e(Oe,{value:s.merits,onChange:m=>d.set("merits",m)}),e(F,{label:a("agreement"),value:s.agreementId,onChange:m=>d.set("agreementId",m),options:g}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:d.busy,"data-testid":"save",children:n?a("create"):a("saveDraft")})})]}),i?e("aside",{class:"content-side",children:[e(pe,{id:i.id,title:i.title,state:i.publicationState,publishedAt:i.publishedAt,remove:m=>x(ba,{id:m}),onChanged:d.reload,onRestored:d.reload}),e(me,{contentId:i.id,media:i.media,onChanged:d.reload}),e(ce,{id:i.id,version:i.version,onRestored:d.reload})]}):e("p",{class:"help",children:a("mediaAfterCreate")})]})]})}var Ci=[{path:"/content/challenges/:id",component:di,permission:{resource:"challenge",action:"write"}},{path:"/content/challenges",component:si,nav:{label:()=>a("navChallenges"),order:200},permission:{resource:"challenge",action:"write"}},{path:"/content/case-studies/:id",component:oi,permission:{resource:"caseStudy",action:"write"}},{path:"/content/case-studies",component:ii,nav:{label:()=>a("navCaseStudies"),order:210},permission:{resource:"caseStudy",action:"write"}},{path:"/content/agreements/:id",component:Zr,permission:{resource:"agreement",action:"write"}},{path:"/content/agreements",component:Jr,nav:{label:()=>a("navAgreements"),order:220},permission:{resource:"agreement",action:"write"}},{path:"/content/projects/:id",component:bi,permission:{resource:"project",action:"write"}},{path:"/content/projects",component:hi,nav:{label:()=>a("navProjects"),order:230},permission:{resource:"project",action:"write"}},{path:"/content/announcements/:id",component:ti,permission:{resource:"announcement",action:"write"}},{path:"/content/announcements",component:ei,nav:{label:()=>a("navAnnouncements"),order:240},permission:{resource:"announcement",action:"write"}},{path:"/content/methods/:id",component:pi,permission:{resource:"collaborationMethod",action:"write"}},{path:"/content/methods",component:ui,nav:{label:()=>a("navMethods"),order:250},permission:{resource:"collaborationMethod",action:"write"}},{path:"/preview/:token",component:mi,permission:{resource:"content",action:"preview"}}];var Ai=[];var He=[{path:"/",component:Er,nav:{label:()=>y("home"),order:0}},...zr,...Ci,...Ai];function vi(t){let n=t.viewer.me;return e(I,{children:[e("a",{class:"skip",href:"#main",onClick:r=>{r.preventDefault(),document.getElementById("main")?.focus()},children:y("skipToMain")}),e("header",{class:"header",children:[e("div",{class:"brand",children:[e("span",{class:"brand-muni",children:t.viewer.municipality.name})," ",y("appName")]}),e("div",{class:"header-tools",children:[e("span",{class:"who","data-testid":"who",children:y("signedInAs",{name:n.displayName,dept:n.department?.name??n.role})}),e(Lt,{}),e($,{onClick:t.onSignOut,busy:t.signingOut,"data-testid":"sign-out",children:y("signOut")})]})]}),e("div",{class:"frame",children:[e("nav",{class:"nav","aria-label":y("mainNav"),children:e("ul",{children:t.nav.map(r=>{let o=t.current===r.path||r.path!=="/"&&t.current.startsWith(`${r.path}/`);return e("li",{children:e("a",{href:q(r.path),"aria-current":o?"page":void 0,children:r.label})},r.path)})})}),e("main",{id:"main",class:"main",tabIndex:-1,children:t.children})]})]})}function Lt(){let t=$e()==="ja"?"en":"ja";return e("button",{type:"button",class:"btn btn-link",lang:t,"aria-label":`${y("language")}: ${y("switchLang")}`,onClick:()=>fn(t),"data-testid":"lang-toggle",children:y("switchLang")})}var Aa=b(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);function Di({notice:t}){let[n,r]=h(""),[o,i]=h(""),[d,l]=h(""),s=G(async()=>{let g=await x(Aa,{email:n,password:o},{municipality:d.trim()||void 0});xe(g.login.token)});return e("div",{class:"login",children:[e("div",{class:"login-lang",children:e(Lt,{})}),e("main",{id:"main",class:"login-box",children:[e("h1",{children:y("appName")}),e("h2",{children:y("signInTitle")}),t&&e("p",{class:"banner banner-notice",role:"status",children:t}),s.error&&e(_,{error:s.error}),e("form",{onSubmit:g=>{g.preventDefault(),s.run()},children:[e(S,{label:y("email"),type:"email",autocomplete:"username",required:!0,value:n,onInput:r,testid:"login-email"}),e(S,{label:y("password"),type:"password",autocomplete:"current-password",required:!0,value:o,onInput:i,testid:"login-password"}),e(S,{label:y("municipality"),help:y("municipalityHelp"),value:d,onInput:l,autocomplete:"off",testid:"login-municipality"}),e($,{type:"submit",variant:"primary",busy:s.busy,"data-testid":"login-submit",children:s.busy?y("signingIn"):y("signIn")})]})]})]})}var va=b(`
  mutation Logout {
    logout
  }
`);async function Da(){try{await x(va,{})}finally{xe(null)}}function Pa(){let[,t]=h(0),[n,r]=h(Se()!==null),[o,i]=h(!1);return J(()=>yn(()=>t(d=>d+1)),[]),J(()=>hn(d=>{i(!d&&n),r(d)}),[n]),n?e(Ia,{}):e(Di,{notice:o?y("errUnauthenticated"):void 0})}function Ia(){let t=M(Mr,{}),[n,r]=h(!1),o=Nr(),i=()=>{r(!0),Da().catch(()=>{})};if(t.error)return e("main",{id:"main",class:"login-box",children:[e(_,{error:t.error,onRetry:()=>{t.reload()},retryLabel:y("retry")}),e($,{onClick:i,children:y("signOut")})]});if(!t.data)return e(U,{label:y("loading")});let d=t.data.me;if(!d||d.role==="PROPOSER")return e("main",{id:"main",class:"login-box",children:[e("p",{class:"banner banner-error",role:"alert",children:y("proposerOnly")}),e($,{onClick:i,children:y("signOut")})]});let l={me:d,municipality:t.data.municipality,permissions:null},s=He.filter(c=>c.nav&&ie(l,c.permission)).sort((c,A)=>c.nav.order-A.nav.order).map(c=>({path:c.path,label:c.nav.label()})),g=Tr(He,o.path),m;if(!g||!ie(l,g.route.permission))m=e("section",{children:[e("h1",{children:y("notFound")}),e("p",{children:e("a",{href:"#/",children:y("backHome")})})]});else{let c=g.route.component;m=e(c,{params:g.params,query:o.query},o.path)}return e(xt.Provider,{value:l,children:e(vi,{viewer:l,nav:s,current:o.path,onSignOut:i,signingOut:n,children:m})})}document.documentElement.lang=$e();Yt(e(Pa,{}),document.getElementById("app"));
