var L,Ut,xi,be,gt,Xe,Bt,We,Kt,ht,ft,Vt,Be=Symbol.for("pv"),et={},tt=[],ki=/^m(i|n|o|s|text|space)$/,bt=Array.isArray,Ht=tt.slice,Ie=Object.assign;function Pe(t){t&&t.parentNode&&t.remove()}function Ye(t,n,r,o,i){var d={type:t,props:n,key:r,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Be,__v:i||++Ut,__i:-1,__u:0};return!i&&L.vnode&&L.vnode(d),d}function I(t){return t.children}function Je(t,n){this.props=t,this.context=n,this.__g=0}function Ce(t,n){if(n==null)return t.__&&Ce(t.__,t.__i+1);for(var r;n<t.__k.length;n++)if((r=t.__k[n])&&r.__e)return r.__e;return typeof t.type!="function"||t.props.__P?null:Ce(t)}function wi(t){var n,r=t.__v,o=r.__e,i=[],d=[],l=t.__P;l&&((n=Ie({constructor:Be},r)).__v=r.__v+1,L.vnode&&L.vnode(n),Ct(l,n,r,t.__n,l.namespaceURI,32&r.__u?[o]:null,i,o||Ce(r),32&r.__u,d),n.__v=r.__v,n.__.__k[n.__i]=n,Jt(i,n,d),r.__=r.__e=null,n.__e!=o&&zt(n))}function zt(t){if((t=t.__)&&t.__c&&!t.props.__P)return t.__e=null,t.__k.some(function(n){return n&&(t.__e=n.__e)}),zt(t)}function yt(t){(8&t.__g||(t.__g|=8,be.push(t),Xe++))&&gt==L.debounceRendering||((gt=L.debounceRendering)||queueMicrotask)(Qt)}function Qt(){try{for(var t,n=1;be.length;)be.length>n&&be.sort(Bt),t=be.shift(),n=be.length,8&t.__g&&wi(t)}finally{(Xe=be.length)&&(gt||queueMicrotask)(Qt)}}function Gt(t,n,r,o,i,d,l,s,g,m,c){var A,f,p,P,C,D,M=o.__k||tt,_=n.length;for(g=_i(r,n,M,g,_),A=0;A<_;A++)(p=r.__k[A])!=null&&(f=~p.__i&&M[p.__i]||et,p.__i=A,D=Ct(t,p,f,i,d,l,s,g,m,c),P=p.__e,(f.ref!=p.ref||8&f.__u)&&(f.ref&&At(f.ref,null,p,f),p.ref&&c.push(p.ref,p.__c||P,p)),C=C||P,4&p.__u?(g=Wt(p,g,t,!f.__v),f.__e&&(f.__e=null)):typeof p.type=="function"&&D!==void 0?g=D:P&&(g=P.nextSibling),p.__u&=-21);return r.__e=C,g}function _i(t,n,r,o,i){var d,l,s,g,m,c,A,f,p,P=r.length,C=P,D=0,M=0,_=t.__k=Array(i);for(d=0;d<i;d++)(l=n[d])!=null&&typeof l!="boolean"&&typeof l!="function"?(typeof l!="object"||l.constructor===String?l=_[d]=Ye(null,l):bt(l)?l=_[d]=Ye(I,{children:l}):l.constructor===Be&&l.__b?l=_[d]=Ye(l.type,l.props,l.key,l.ref,l.__v):_[d]=l,g=d+D,l.__=t,l.__b=t.__b+1,s=null,~(m=l.__i=Mi(l,r,g,C))&&(C--,(s=r[m])&&(s.__u|=2)),s&&s.__v?(l.__u|=16,m==g-1?D--:m==g+1?D++:m!=g&&(m>g?D--:D++,M=1)):(~m||(i>P?D--:i<P&&D++),typeof l.type!="function"&&(l.__u|=4))):_[d]=null;if(M){for(c=[],A=[],d=0;d<i;d++)if((l=_[d])&&16&l.__u){for(D=0,f=c.length;D<f;)c[p=D+f>>1]<l.__i?D=p+1:f=p;c[D]=l.__i,A[d]=D+1}for(D=c.length;d--;)A[d]&&(A[d]==D?D--:_[d].__u|=4)}if(C)for(d=0;d<P;d++)!(s=r[d])||2&s.__u||(s.__e==o&&(o=Ce(s)),vt(s,s));return o}function Wt(t,n,r,o){var i,d,l,s;if(typeof t.type=="function"){if(t.props.__P)return n;if(i=t.__k)for(d=0;d<i.length;d++)i[d]&&(i[d].__=t,n=Wt(i[d],n,r,!1));return n}for(n&&!n.parentNode&&(n=Ce(t))&&!n.parentNode&&(n=null),l=t.__e,s=n;s&&s.nodeType==8;)s=s.nextSibling;for(l!=s&&(!o&&r.moveBefore&&l.parentNode?r.moveBefore(l,n):r.insertBefore(l,n||null)),n=l;(n=n&&n.nextSibling)&&n.nodeType==8&&!n.data.startsWith("$s"););return n}function Mi(t,n,r,o){var i,d=t.key,l=t.type,s=n[r],g=s&&!(2&s.__u);if(s===null&&d==null||g&&d==s.key&&l==s.type)return r;if(o>(g?1:0)){for(i=r-1;i>=0;i--)if((s=n[i])&&!(2&s.__u)&&d==s.key&&l==s.type)return i;for(i=r+1;i<n.length;i++)if((s=n[i])&&!(2&s.__u)&&d==s.key&&l==s.type)return i}return-1}function jt(t,n,r){r==null&&(r=""),n[0]=="-"?t.setProperty(n,r):t[n]=r}function Ge(t,n,r,o,i){var d,l;if(n=="style")if(typeof r=="string")t.style.cssText=r;else{if(typeof o=="string"&&(t.style.cssText=o=""),o)for(n in o)r&&n in r||jt(t.style,n);if(r)for(n in r)o&&r[n]==o[n]||jt(t.style,n,r[n])}else if(n[0]=="o"&&n[1]=="n")typeof r!="function"&&(r=null),typeof o!="function"&&(o=null),(t.__e||(t.__e={}))[n]=r,r&&o||(l=ft[n]||(ft[n]=Ti(n)),(t.__a||(t.__a={}))[n]=ht,d=n!=(n=n.replace(Kt,"$1")),(n=n.slice(2))[0]<"a"&&(n=n.toLowerCase()),r?t.addEventListener(n,l,d):t.removeEventListener(n,l,d));else{if(i=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in t)try{return void(t[n]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&n[4]!="-"?t.removeAttribute(n):t.setAttribute(n,n=="popover"&&r==1?"":r)}}function Ti(t){return function(n){var r=this.__e;if(r){if(r=r[t],n[We]==null)n[We]=ht++;else if(n[We]<this.__a[t])return;return r(L.event?L.event(n):n)}}}function Ct(t,n,r,o,i,d,l,s,g,m){var c,A,f,p,P,C,D,M,_,w,N,me,je,ve,O,Ue,he,De,ge=n.type;if(n.constructor!==Be)return null;128&r.__u&&(g=32&r.__u,c=r.__c.__z)&&(n.__u|=g,A=d=[],c.nodeType==8?s=Ze(c,d):d.push(c),s=d[0]||s),(c=L.__b)&&c(n);e:if(typeof ge=="function"){f=l.length;try{if(M=n.props,_=(c=ge.prototype)&&c.render,w=(c=ge.contextType)&&o[c.__c],N=c?w?w.props.value:c.__:o,(p=r.__c)?(n.__c=p,2&p.__g&&(p.__g|=1)):(_?n.__c=p=new ge(M,N):(n.__c=p=new Je(M,N),p.constructor=ge,p.render=Ei),w&&w.sub(p),p.state||(p.state={}),p.__n=o,p.__g|=8,p.__h=[],p.__k=[]),_&&(p.__s||(p.__s=p.state),ge.getDerivedStateFromProps&&(p.__s==p.state&&(p.__s=Ie({},p.__s)),Ie(p.__s,ge.getDerivedStateFromProps(M,p.__s)))),P=p.props,C=p.state,p.__v=n,r.__c){if(M!==P&&_&&!ge.getDerivedStateFromProps&&p.componentWillReceiveProps&&p.componentWillReceiveProps(M,N),n.__v==r.__v&&!(8&p.__g)||!(4&p.__g)&&p.shouldComponentUpdate&&p.shouldComponentUpdate(M,p.__s,N)===!1){n.__v!=r.__v&&(p.props=M,p.state=p.__s,p.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(re){re&&(re.__=n)}),tt.push.apply(p.__h,p.__k),p.__k=[],p.__h.length&&l.push(p),s=Ce(r);break e}p.componentWillUpdate&&p.componentWillUpdate(M,p.__s,N),_&&p.componentDidUpdate&&p.__h.push(function(){p.componentDidUpdate(P,C,D)})}else _&&!ge.getDerivedStateFromProps&&p.componentWillMount&&p.componentWillMount(),_&&p.componentDidMount&&p.__h.push(p.componentDidMount);p.context=N,p.props=M,p.__P=t,p.__g&=-5,me=L.__r,je=_?25:0;do p.__g&=-9,me&&me(n),c=p.render(p.props,p.state=p.__s,p.context);while(8&p.__g&&++je<25);_&&(tt.push.apply(p.__h,p.__k),p.__k=[]),p.state=p.__s,p.getChildContext&&(o=Ie({},o,p.getChildContext())),_&&r.__c&&p.getSnapshotBeforeUpdate&&(D=p.getSnapshotBeforeUpdate(P,C)),ve=c&&c.type===I&&c.key==null?c.props.children:c,M.__P&&(c=s,i=(t=M.__P).namespaceURI,g=d=null,r.props&&r.props.__P!=t&&(r.__k.some(function(re){re&&vt(re,re)}),r.__k=null),s=r.__k?Ce(r,0):null),s=Gt(t,bt(ve)?ve:[ve],n,r,o,i,d,l,s,g,m),M.__P&&(n.__e=null,s=c),n.__u&=-161,A&&A.some(Pe),p.__h.length&&l.push(p),1&p.__g&&(p.__g&=-4)}catch(re){if(l.length=f,n.__v=null,g||d)if(re&&re.then){if(n.__u|=128|g,d){for(~(he=d.indexOf(s||void 0))||(he=d.length);(De=d[he-1])&&De.nodeType==8;)he--;for(;he<d.length;he++)if(De=d[he])if(d[he]=null,O){if(De==Ue)break}else{if(De.nodeType!=8)break;De.data.startsWith("$s")&&(Ue=Ze(O=De))}}if(!O){for(;s&&s.nodeType==8&&s.nextSibling;)s=s.nextSibling;O=s}(c=Ze(O=n.__c.__z||(n.__c.__z=O)))?(n.__e=O,s=c):n.__e=s,s=s&&s.nextSibling}else d&&d.some(Pe);else n.__e=r.__e;n.__k||(n.__k=r.__k||[]),re&&re.then||Yt(n),L.__e(re,n,r)}}else s=n.__e=Ni(r.__e,n,r,o,i,d,l,g,m,t);return(c=L.diffed)&&c(n),s}function Ze(t,n){if(t&&t.nodeType==8&&t.data.startsWith("$s"))for(var r=1;t=t.nextSibling;){if(t.nodeType==8){if(t.data.startsWith("$s"))r++;else if(t.data.startsWith("/$s")&&!--r)return t}n&&n.push(t)}}function Yt(t){t&&(t.__c&&(t.__c.__g|=4),t.__k&&t.__k.some(Yt))}function Jt(t,n,r){for(var o=0;o<r.length;)At(r[o++],r[o++],r[o++]);L.__c&&L.__c(n,t),t.some(function(i){try{t=i.__h,i.__h=[],t.some(function(d){d.call(i)})}catch(d){L.__e(d,i.__v)}})}function Ni(t,n,r,o,i,d,l,s,g,m){var c,A,f,p,P,C,D,M,_=r.props||et,w=n.props,N=n.type;if(N=="svg"?i="http://www.w3.org/2000/svg":N=="math"?i="http://www.w3.org/1998/Math/MathML":i||(i="http://www.w3.org/1999/xhtml"),d){for(c=0;c<d.length;c++)if((P=d[c])&&(N?P.localName==N:P.nodeType==3)){t=P,d[c]=null;break}}if(!t){if(M=m.ownerDocument||document,!N)return M.createTextNode(w);t=M.createElementNS(i,N,w.is?w:m),s&&(L.__m&&L.__m(n,d),s=!1),d=null}if(N){if(m=N=="template"&&t.content||t,d=N=="textarea"&&w.defaultValue!=null?null:d&&Ht.call(m.childNodes),!s&&d)for(_={},c=0;c<t.attributes.length;c++)_[(P=t.attributes[c]).name]=P.value;for(c in _)P=_[c],c=="dangerouslySetInnerHTML"?f=P:c=="children"||c in w||c=="value"&&"defaultValue"in w||c=="checked"&&"defaultChecked"in w||Ge(t,c,null,P,i);for(c in w)P=w[c],c=="children"?p=P:c=="dangerouslySetInnerHTML"?A=P:c=="value"?C=P:c=="checked"?D=P:s&&typeof P!="function"||_[c]===P||Ge(t,c,P,_[c],i);A?(s||f&&(A.__html==f.__html||A.__html==t.innerHTML)||(t.innerHTML=A.__html),n.__k=[]):(f&&(t.textContent=""),(N=="foreignObject"||i=="http://www.w3.org/1998/Math/MathML"&&ki.test(N))&&(i="http://www.w3.org/1999/xhtml"),Gt(m,bt(p)?p:[p],n,r,o,i,d,l,d?d[0]:r.__k&&Ce(r,0),s,g),d&&d.some(Pe)),s&&N!="textarea"||(c="value",N=="progress"&&C==null?t.removeAttribute(c):C==null||C===t[c]&&(N!="progress"||C)||Ge(t,c,C,_[c],i),c="checked",D!=null&&D!=t[c]&&Ge(t,c,D,_[c],i))}else _===w||s&&t.data==w||(t.data=w);return t}function At(t,n,r,o){try{typeof t=="function"?n?n.__x=t(n)||1:o&&(o=o.__c||o.__e)&&(n=o.__x)&&(o.__x=null,typeof n=="function"?n():t(null)):t.current=n}catch(i){L.__e(i,r)}}function vt(t,n,r){var o,i,d,l;if(L.unmount&&L.unmount(t),!(o=t.ref)||o.current&&o.current!=t.__e||At(o,null,n,t),o=t.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(s){L.__e(s,n)}o.__P=o.__n=null}if(o=t.__k)for(l=0;l<o.length;l++)o[l]&&vt(o[l],n,typeof t.type!="function"||r&&!t.props.__P);!r&&(o=t.__c)&&(o=o.__z)&&(i=Ze(o,d=[]))&&(o==t.__e&&d.some(Pe),Pe(i),Pe(o)),r||Pe(t.__e),t.__e=t.__c=t.__=null}function Ei(t,n,r){return this.constructor(t,r)}function Zt(t,n){var r,o,i,d;L.__&&L.__(t,n),n.nodeType==9&&(n=n.documentElement),o=(r=t&&32&t.__u)?null:n.__k,n.__k=Ye(I,{children:[t]}),i=[],d=[],Ct(n,n.__k,o||et,et,n.namespaceURI,o?null:n.firstChild?Ht.call(n.childNodes):null,i,o?o.__e:n.firstChild,r,d),Jt(i,n.__k,d),n.__k.props.children=null}function Xt(t){function n(r){var o,i;return this.getChildContext||(o=new Set,(i={})[n.__c]=this,this.getChildContext=function(){return i},this.shouldComponentUpdate=function(d){this.props.value!=d.value&&o.forEach(function(l){l.__g|=4,yt(l)})},this.sub=function(d){o.add(d);var l=d.componentWillUnmount;d.componentWillUnmount=function(){o.delete(d),l&&l.call(d)}}),r.children}return n.__c="__cC"+Vt++,n.__=t,n.Provider=(n.Consumer=function(r,o){return r.children(o)}).contextType=n,n}L={__e:function(t,n,r,o){for(var i,d,l;n=n.__;)if((i=n.__c)&&!(1&i.__g)){i.__g|=4;try{if((l=(d=i.constructor)&&d.getDerivedStateFromError)&&i.setState(d.getDerivedStateFromError(t)),i.componentDidCatch&&(i.componentDidCatch(t,o||{}),l=1),l&&8&i.__g)return void(i.__g|=2)}catch(s){t=s}}throw Xe=0,t}},Ut=0,xi=function(t){return t!=null&&t.constructor===Be},Je.prototype.setState=function(t,n){var r=this.__s;r&&r!=this.state||(r=this.__s=Ie({},this.state)),typeof t=="function"&&(t=t(Ie({},r),this.props)),t&&(Ie(r,t),this.__v&&(n&&this.__k.push(n),yt(this)))},Je.prototype.forceUpdate=function(t){this.__v&&(this.__g|=4,t&&this.__h.push(t),yt(this))},Je.prototype.render=I,be=[],Xe=0,Bt=function(t,n){return t.__v.__b-n.__v.__b},We=Symbol(),Kt=/(PointerCapture)$|Capture$/i,ht=0,ft={},Vt=0;var $e,H,Dt,en,Pt=Object.is,Ve=0,un=[],It=[],G=L,tn=G.__b,nn=G.__r,rn=G.diffed,on=G.__c,an=G.unmount,sn=G.__;function He(t,n){G.__h&&G.__h(H,t,Ve||n),Ve=0;var r=H.__H||(H.__H={__:[],__h:[]});return t>=r.__.length&&r.__.push({}),r.__[t]}function h(t){return Ve=1,Oi(fn,t)}function Oi(t,n,r){var o=He($e++,2);if(o.t=t,!o.__c&&(o.__=[r?r(n):fn(void 0,n),function(d){var l=(o.__N||o.__)[0],s=o.t(l,d);Pt(l,s)||(o.__N=[s,o.__[1]],o.__c.setState({}))}],o.__c=H,!H.__f)){H.__f=!0;var i=H.shouldComponentUpdate;H.shouldComponentUpdate=function(d,l,s){var g=this.__H;if(!g)return!0;var m=!1,c=this.props!=d;if(g.__.some(function(f){f.__N&&(m=!0,Pt(f.__[0],f.__N[0])||(c=!0))}),i){var A=i.call(this,d,l,s);return m?A||c:A}return!m||c}}return o.__}function W(t,n){var r=He($e++,3);!G.__s&&gn(r.__H,n)&&(r.__P=!0,r.__=t,r.u=n,H.__H.__h.push(r))}function fe(t){return Ve=5,pn(function(){return{current:t}},[])}function pn(t,n){var r=He($e++,7);return gn(r.__H,n)&&(r.__=t(),r.__H=n),r.__}function cn(t,n){return Ve=8,pn(function(){return t},n)}function mn(t){var n=H.context[t.__c],r=He($e++,9);return r.c=t,n?(r.__==null&&(r.__=!0,n.sub(H)),n.props.value):t.__}function te(){var t=He($e++,11);if(!t.__){for(var n=H.__v;!n.__m&&n.__;)n=n.__;var r=n.__m||(n.__m=[0,0]);t.__="P"+r[0]+"-"+r[1]++}return t.__}function Ri(){var t;do{for(;t=It.shift();)try{Ke(t)}catch(r){G.__e(r,{__:(t=t.__P)&&t.__v})}for(;t=un.shift();){var n=t.__H;if(t.__P&&n)try{n.__h.some(Ke),n.__h.some($t),n.__h=[]}catch(r){n.__h=[],G.__e(r,t.__v)}}}while(It.length)}G.__b=function(t){H=null,tn&&tn(t)},G.__=function(t,n){t&&n.__k&&n.__k.__m&&(t.__m=n.__k.__m),sn&&sn(t,n)},G.__r=function(t){nn&&nn(t),$e=0;var n=(H=t.__c).__H;n&&(Dt==H?H.__h=[]:(n.__h.some(Ke),n.__h.some($t),$e=0),n.__h=[],n.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),Dt=H},G.diffed=function(t){rn&&rn(t);var n=t.__c;n&&n.__H&&(n.__H.__h.length&&ln(un.push(n)),n.__H.__.some(function(r){r.u&&(r.__H=r.u)})),Dt=H=null},G.__c=function(t,n){n.some(function(r){try{r.__h.some(Ke),r.__h=r.__h.filter(function(o){return!o.__||$t(o)})}catch(o){r.__h=[function(){throw o}]}}),on&&on(t,n)},G.unmount=function(t){an&&an(t);var n,r,o=t.__c;o&&o.__H&&(o.__H.__.some(function(i){try{if(i.__P&&i.__c){if(r===void 0){for(r=t.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}i.__P=r,ln(It.push(i))}else Ke(i)}catch(d){n=d}}),o.__H=void 0,n&&G.__e(n,o.__v))};var dn=typeof requestAnimationFrame=="function";function Li(t){var n,r=function(){clearTimeout(o),dn&&cancelAnimationFrame(n),setTimeout(t)},o=setTimeout(r,35);dn&&(n=requestAnimationFrame(r))}function ln(t){t!=1&&en==G.requestAnimationFrame||((en=G.requestAnimationFrame)||Li)(Ri)}function Ke(t){var n=H,r=t.__c;typeof r=="function"&&(t.__c=void 0,r()),H=n}function $t(t){var n=H;t.__c=t.__(),H=n}function gn(t,n){return!t||t.length!=n.length||n.some(function(r,o){return!Pt(r,t[o])})}function fn(t,n){return typeof n=="function"?n(t):n}var yn="pppdesk.admin.lang",xt=Fi(),St=new Set;function Fi(){try{return localStorage.getItem(yn)==="en"?"en":"ja"}catch{return"ja"}}function Se(){return xt}function hn(t){xt=t;try{localStorage.setItem(yn,t)}catch{}document.documentElement.lang=t,St.forEach(n=>n())}function bn(t){return St.add(t),()=>St.delete(t)}function _e(t,n){return(r,o)=>{let i=(xt==="en"?n[r]:t[r])??String(r);return o?i.replace(/\{(\w+)\}/g,(d,l)=>l in o?String(o[l]):d):i}}var y=_e({appName:"公民連携デスク 管理画面",skipToMain:"本文へ移動",language:"言語",switchLang:"English",signIn:"サインイン",signOut:"サインアウト",signingIn:"サインイン中…",email:"メールアドレス",password:"パスワード",municipality:"自治体（省略可）",municipalityHelp:"複数の自治体を運用しているときだけ、自治体の識別名（例: aomori）を入力します。",signInTitle:"職員サインイン",signedInAs:"{name}（{dept}）",home:"ホーム",mainNav:"メインメニュー",loading:"読み込み中…",retry:"再読み込み",save:"保存",cancel:"キャンセル",ok:"OK",confirm:"確認",close:"閉じる",next:"次へ",prev:"前へ",first:"最初へ",totalCount:"全{n}件",pageInfo:"{from}〜{to}件目 / 全{n}件",empty:"該当するものはありません。",notFound:"お探しのページは見つかりません。",backHome:"ホームへ戻る",required:"必須",yes:"はい",no:"いいえ",proposerOnly:"この管理画面は職員用です。提案者の方は提案用のポータルをご利用ください。",errBadInput:"入力内容を確認してください。",errConflict:"ほかの人が先に変更しました。画面を再読み込みしてからやり直してください。",errForbidden:"この操作を行う権限がありません。",errNotFound:"対象が見つかりません（削除されたか、見る権限がありません）。",errUnauthenticated:"サインインの有効期限が切れました。もう一度サインインしてください。",errRateLimited:"操作が続いたため一時的に受け付けを止めています。少し待ってからやり直してください。",errUnavailable:"サーバーが一時的に応答できません。少し待ってからやり直してください。",errInternal:"サーバーで問題が起きました。時間をおいてやり直し、続く場合はシステム担当へ連絡してください。",errNetwork:"サーバーに接続できません。ネットワークを確認してください。",errField:"項目「{field}」",serverSays:"サーバーからの説明: {msg}",loginFailed:"メールアドレスまたはパスワードが違います。"},{appName:"PPP Desk Admin",skipToMain:"Skip to main content",language:"Language",switchLang:"日本語",signIn:"Sign in",signOut:"Sign out",signingIn:"Signing in…",email:"Email",password:"Password",municipality:"Municipality (optional)",municipalityHelp:"Only when the server runs several municipalities: its identifier (e.g. aomori).",signInTitle:"Staff sign-in",signedInAs:"{name} ({dept})",home:"Home",mainNav:"Main menu",loading:"Loading…",retry:"Reload",save:"Save",cancel:"Cancel",ok:"OK",confirm:"Confirm",close:"Close",next:"Next",prev:"Previous",first:"First page",totalCount:"{n} in total",pageInfo:"{from}–{to} of {n}",empty:"Nothing matches.",notFound:"This page does not exist.",backHome:"Back to home",required:"required",yes:"Yes",no:"No",proposerOnly:"This admin is for staff. Proposers please use the proposal portal.",errBadInput:"Please check your input.",errConflict:"Someone changed this first. Reload the page and try again.",errForbidden:"You may not do this.",errNotFound:"Not found (deleted, or you may not see it).",errUnauthenticated:"Your sign-in has expired. Please sign in again.",errRateLimited:"Too many attempts for now. Wait a little and try again.",errUnavailable:"The server cannot answer right now. Try again shortly.",errInternal:"The server had a problem. Try again later; if it persists, contact the system administrator.",errNetwork:"Cannot reach the server. Check the network.",errField:'Field "{field}"',serverSays:"Server: {msg}",loginFailed:"Wrong email or password."});var kt="pppdesk.admin.token";function xe(){try{return sessionStorage.getItem(kt)}catch{return null}}function ke(t){try{t?sessionStorage.setItem(kt,t):sessionStorage.removeItem(kt)}catch{}wt.forEach(n=>n(t!==null))}var wt=new Set;function Cn(t){return wt.add(t),()=>wt.delete(t)}var An=new URL("../",location.href),qi=new URL("graphql",An),K=class extends Error{constructor(r,o,i){super(o);this.code=r;this.serverMessage=o;this.field=i}code;serverMessage;field;clerkMessage(){let o=[{BAD_USER_INPUT:y("errBadInput"),CONFLICT:y("errConflict"),FORBIDDEN:y("errForbidden"),NOT_FOUND:y("errNotFound"),UNAUTHENTICATED:y("errUnauthenticated"),RATE_LIMITED:y("errRateLimited"),UNAVAILABLE:y("errUnavailable"),INTERNAL:y("errInternal"),NETWORK:y("errNetwork")}[this.code]];return this.field&&o.push(y("errField",{field:this.field})),this.serverMessage&&this.code!=="INTERNAL"&&this.code!=="NETWORK"&&o.push(y("serverSays",{msg:this.serverMessage})),o.join(" ")}};function vn(t){return t instanceof K?t.clerkMessage():y("errInternal")}var ji=new Set(["BAD_USER_INPUT","CONFLICT","FORBIDDEN","NOT_FOUND","UNAUTHENTICATED","RATE_LIMITED","UNAVAILABLE","INTERNAL"]);function Ui(t){let n=t.extensions?.code??"INTERNAL";return new K(ji.has(n)?n:"INTERNAL",t.message,t.extensions?.field)}async function Dn(t,n){let r=xe();r&&(n.Authorization=`Bearer ${r}`),n.Accept="application/graphql-response+json, application/json";let o;try{o=await fetch(qi,{...t,headers:n,credentials:"omit",cache:"no-store"})}catch{throw new K("NETWORK","")}let i;try{i=await o.json()}catch{throw new K(o.status>=500?"UNAVAILABLE":"NETWORK",`HTTP ${o.status}`)}if(i.errors&&i.errors.length>0){let d=Ui(i.errors[0]);throw d.code==="UNAUTHENTICATED"&&r&&ke(null),d}if(!i.data)throw new K("INTERNAL",`HTTP ${o.status}`);return i.data}function x(t,n,r={}){let o={"Content-Type":"application/json"};return r.municipality&&(o["X-Municipality"]=r.municipality),Dn({method:"POST",body:JSON.stringify({query:t.toString(),variables:n})},o)}function nt(t,n,r){let o=new FormData;o.append("operations",JSON.stringify({query:t.toString(),variables:n}));let i={};return r.forEach((d,l)=>i[String(l)]=[d.path]),o.append("map",JSON.stringify(i)),r.forEach((d,l)=>o.append(String(l),d.file,d.file.name)),Dn({method:"POST",body:o},{"GraphQL-Require-Preflight":"1"})}function _t(t){return new URL(t.replace(/^\/+/,""),An)}async function Pn(t,n){let r=xe(),o;try{o=await fetch(_t(t),{headers:r?{Authorization:`Bearer ${r}`}:{},credentials:"omit"})}catch{throw new K("NETWORK","")}if(o.status===401)throw ke(null),new K("UNAUTHENTICATED","");if(o.status===403)throw new K("FORBIDDEN","");if(o.status===404)throw new K("NOT_FOUND","");if(!o.ok)throw new K(o.status===429?"RATE_LIMITED":"UNAVAILABLE",`HTTP ${o.status}`);let i=URL.createObjectURL(await o.blob()),d=document.createElement("a");d.href=i,d.download=n,document.body.appendChild(d),d.click(),d.remove(),setTimeout(()=>URL.revokeObjectURL(i),1e4)}var v=class extends String{__apiType;value;__meta__;constructor(n,r){super(n),this.value=n,this.__meta__=r}toString(){return this.value}},In=new v(`
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}
    `,{fragmentName:"ContentMediaItem"}),$n=new v(`
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
    `,{fragmentName:"InboxRow"}),Sn=new v(`
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
    `,{fragmentName:"ProposalPageFields"}),xn=new v(`
    mutation Logout {
  logout
}
    `),kn=new v(`
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
    `),wn=new v(`
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
}`),_n=new v(`
    mutation ContentAgreementCreate($input: AgreementInput!) {
  createAgreement(input: $input) {
    id
  }
}
    `),Mn=new v(`
    mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
  updateAgreement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Tn=new v(`
    mutation ContentAgreementDelete($id: ID!) {
  deleteAgreement(id: $id)
}
    `),Nn=new v(`
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
    `),En=new v(`
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
}`),On=new v(`
    mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
  createAnnouncement(input: $input) {
    id
  }
}
    `),Rn=new v(`
    mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
  updateAnnouncement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Ln=new v(`
    mutation ContentAnnouncementDelete($id: ID!) {
  deleteAnnouncement(id: $id)
}
    `),Fn=new v(`
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
    `),qn=new v(`
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
}`),jn=new v(`
    mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
  createCaseStudy(input: $input) {
    id
  }
}
    `),Un=new v(`
    mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
  updateCaseStudy(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Bn=new v(`
    mutation ContentCaseStudyDelete($id: ID!) {
  deleteCaseStudy(id: $id)
}
    `),Kn=new v(`
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
    `),Vn=new v(`
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
}`),Hn=new v(`
    mutation ContentChallengeCreate($input: ChallengeInput!) {
  createChallenge(input: $input) {
    id
  }
}
    `),zn=new v(`
    mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
  updateChallenge(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Qn=new v(`
    mutation ContentChallengeDelete($id: ID!) {
  deleteChallenge(id: $id)
}
    `),Gn=new v(`
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
    `),Wn=new v(`
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
    `),Yn=new v(`
    mutation ContentMethodCreate($input: CollaborationMethodInput!) {
  createCollaborationMethod(input: $input) {
    id
  }
}
    `),Jn=new v(`
    mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
  updateCollaborationMethod(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Zn=new v(`
    mutation ContentMethodDelete($id: ID!) {
  deleteCollaborationMethod(id: $id)
}
    `),Xn=new v(`
    mutation ContentMethodRestore($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),er=new v(`
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
}`),tr=new v(`
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
    `),nr=new v(`
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
}`),rr=new v(`
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
    `),ir=new v(`
    mutation ContentProjectCreate($input: ProjectInput!) {
  createProject(input: $input) {
    id
  }
}
    `),or=new v(`
    mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
  updateProject(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),ar=new v(`
    mutation ContentProjectDelete($id: ID!) {
  deleteProject(id: $id)
}
    `),sr=new v(`
    mutation ContentPublish($id: ID!, $at: DateTime) {
  publish(id: $id, at: $at) {
    id
  }
}
    `),dr=new v(`
    mutation ContentUnpublish($id: ID!) {
  unpublish(id: $id) {
    id
  }
}
    `),lr=new v(`
    mutation ContentArchive($id: ID!) {
  archive(id: $id) {
    id
  }
}
    `),ur=new v(`
    mutation ContentRestoreDeleted($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),pr=new v(`
    mutation ContentPreviewToken($id: ID!) {
  createPreviewToken(id: $id) {
    token
    expiresAt
  }
}
    `),cr=new v(`
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
    `),mr=new v(`
    mutation ContentRestoreRevision($id: ID!) {
  restoreRevision(id: $id) {
    id
  }
}
    `),gr=new v(`
    mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
  attachMedia(contentId: $contentId, file: $file, alt: $alt) {
    id
    fileName
  }
}
    `),fr=new v(`
    mutation ContentUpdateMedia($id: ID!, $alt: String!) {
  updateMedia(id: $id, alt: $alt) {
    id
    alt
  }
}
    `),yr=new v(`
    mutation ContentDeleteMedia($id: ID!) {
  deleteMedia(id: $id)
}
    `),hr=new v(`
    query ContentDepartments {
  municipality {
    departments {
      id
      name
    }
  }
}
    `),br=new v(`
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
    `),Cr=new v(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
  }
}
    `),Ar=new v(`
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
}`),vr=new v(`
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
}`),Dr=new v(`
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
}`),Pr=new v(`
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
}`),Ir=new v(`
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
    `),$r=new v(`
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
    `),Sr=new v(`
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
}`),xr=new v(`
    mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `),kr=new v(`
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
}`),wr=new v(`
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
    `),_r=new v(`
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
}`),Mr=new v(`
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
}`),Tr=new v(`
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
    `);var Ki={"\n  mutation Logout {\n    logout\n  }\n":xn,"\n  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          signedOn\n          parties {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":kn,"\n  query ContentAgreement($id: ID!) {\n    agreement(id: $id) {\n      id\n      kind\n      title\n      purpose\n      parties {\n        id\n        name\n      }\n      signedOn\n      termStartOn\n      termEndOn\n      items\n      merits {\n        side\n        description\n      }\n      status\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":wn,"\n  mutation ContentAgreementCreate($input: AgreementInput!) {\n    createAgreement(input: $input) {\n      id\n    }\n  }\n":_n,"\n  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {\n    updateAgreement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Mn,"\n  mutation ContentAgreementDelete($id: ID!) {\n    deleteAgreement(id: $id)\n  }\n":Tn,"\n  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {\n    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          category\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Nn,"\n  query ContentAnnouncement($id: ID!) {\n    announcement(id: $id) {\n      id\n      title\n      body\n      category\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":En,"\n  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      id\n    }\n  }\n":On,"\n  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {\n    updateAnnouncement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Rn,"\n  mutation ContentAnnouncementDelete($id: ID!) {\n    deleteAnnouncement(id: $id)\n  }\n":Ln,"\n  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {\n    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          locality\n          category\n          startOn\n          endOn\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Fn,"\n  query ContentCaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      title\n      locality\n      program\n      category\n      partners {\n        id\n        name\n      }\n      startOn\n      endOn\n      dateNote\n      summary\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      tags\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":qn,"\n  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n    }\n  }\n":jn,"\n  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {\n    updateCaseStudy(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Un,"\n  mutation ContentCaseStudyDelete($id: ID!) {\n    deleteCaseStudy(id: $id)\n  }\n":Bn,"\n  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {\n    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          department {\n            name\n          }\n          opensAt\n          closesAt\n          isOpen\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Kn,"\n  query ContentChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      background\n      desiredOutcome\n      department {\n        id\n        name\n      }\n      tags\n      opensAt\n      closesAt\n      isOpen\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":Vn,"\n  mutation ContentChallengeCreate($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n    }\n  }\n":Hn,"\n  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {\n    updateChallenge(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":zn,"\n  mutation ContentChallengeDelete($id: ID!) {\n    deleteChallenge(id: $id)\n  }\n":Qn,"\n  query ContentMethodList($first: Int, $after: String) {\n    collaborationMethods(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          key\n          name\n          position\n        }\n      }\n    }\n  }\n":Gn,"\n  query ContentMethod($id: ID!) {\n    collaborationMethod(id: $id) {\n      id\n      key\n      name\n      description\n      position\n      version\n    }\n  }\n":Wn,"\n  mutation ContentMethodCreate($input: CollaborationMethodInput!) {\n    createCollaborationMethod(input: $input) {\n      id\n    }\n  }\n":Yn,"\n  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {\n    updateCollaborationMethod(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Jn,"\n  mutation ContentMethodDelete($id: ID!) {\n    deleteCollaborationMethod(id: $id)\n  }\n":Zn,"\n  mutation ContentMethodRestore($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":Xn,"\n  query ContentPreview($token: String!) {\n    preview(token: $token) {\n      __typename\n      id\n      ... on Challenge {\n        title\n        background\n        desiredOutcome\n        department {\n          name\n        }\n        tags\n        opensAt\n        closesAt\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on CaseStudy {\n        title\n        locality\n        program\n        caseCategory: category\n        startOn\n        endOn\n        dateNote\n        summary\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        tags\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Agreement {\n        title\n        agreementKind: kind\n        purpose\n        parties {\n          name\n        }\n        signedOn\n        termStartOn\n        termEndOn\n        items\n        merits {\n          side\n          description\n        }\n        agreementStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Project {\n        title\n        projectKind: kind\n        summary\n        startOn\n        endOn\n        site\n        leadDepartment {\n          name\n        }\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        projectStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Announcement {\n        title\n        body\n        category\n        media {\n          ...ContentMediaItem\n        }\n      }\n    }\n  }\n":er,"\n  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          startOn\n          endOn\n          leadDepartment {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":tr,"\n  query ContentProject($id: ID!) {\n    project(id: $id) {\n      id\n      kind\n      title\n      summary\n      startOn\n      endOn\n      site\n      leadDepartment {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      status\n      agreement {\n        id\n        title\n      }\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":nr,"\n  query ContentProjectAgreements {\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":rr,"\n  mutation ContentProjectCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n":ir,"\n  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {\n    updateProject(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":or,"\n  mutation ContentProjectDelete($id: ID!) {\n    deleteProject(id: $id)\n  }\n":ar,"\n  mutation ContentPublish($id: ID!, $at: DateTime) {\n    publish(id: $id, at: $at) {\n      id\n    }\n  }\n":sr,"\n  mutation ContentUnpublish($id: ID!) {\n    unpublish(id: $id) {\n      id\n    }\n  }\n":dr,"\n  mutation ContentArchive($id: ID!) {\n    archive(id: $id) {\n      id\n    }\n  }\n":lr,"\n  mutation ContentRestoreDeleted($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":ur,"\n  mutation ContentPreviewToken($id: ID!) {\n    createPreviewToken(id: $id) {\n      token\n      expiresAt\n    }\n  }\n":pr,"\n  query ContentRevisions($id: ID!) {\n    revisions(id: $id) {\n      id\n      number\n      author {\n        displayName\n      }\n      createdAt\n      pending\n    }\n  }\n":cr,"\n  mutation ContentRestoreRevision($id: ID!) {\n    restoreRevision(id: $id) {\n      id\n    }\n  }\n":mr,"\n  fragment ContentMediaItem on Media {\n    id\n    fileName\n    contentType\n    size\n    url\n    alt\n  }\n":In,"\n  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {\n    attachMedia(contentId: $contentId, file: $file, alt: $alt) {\n      id\n      fileName\n    }\n  }\n":gr,"\n  mutation ContentUpdateMedia($id: ID!, $alt: String!) {\n    updateMedia(id: $id, alt: $alt) {\n      id\n      alt\n    }\n  }\n":fr,"\n  mutation ContentDeleteMedia($id: ID!) {\n    deleteMedia(id: $id)\n  }\n":yr,"\n  query ContentDepartments {\n    municipality {\n      departments {\n        id\n        name\n      }\n    }\n  }\n":hr,"\n  query ContentPartners($search: String) {\n    partners(first: 30, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n":br,"\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n":Cr,"\n  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {\n    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Ar,"\n  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {\n    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":vr,"\n  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {\n    decideProposal(id: $id, decision: $decision, reason: $reason) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Dr,"\n  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {\n    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Pr,"\n  query ProposalAssignDepartments {\n    municipality {\n      departments {\n        id\n        name\n        kind\n        parent {\n          id\n        }\n      }\n    }\n  }\n":Ir,"\n  query ProposalLinkOutcomes {\n    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":$r,"\n  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {\n    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Sr,"\n  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n":xr,"\n  fragment InboxRow on Proposal {\n    id\n    title\n    kind\n    status\n    submittedAt\n    unreadMessageCount\n    overdue\n    organization {\n      name\n    }\n    challenge {\n      title\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      respondedAt\n    }\n  }\n":$n,"\n  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxRow\n        }\n      }\n    }\n  }\n":kr,"\n  query InboxOptions {\n    municipality {\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n    challenges(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":wr,"\n  fragment ProposalPageFields on Proposal {\n    id\n    kind\n    title\n    viewerActions\n    unreadMessageCount\n    overdue\n    summary\n    body\n    desiredScheme\n    status\n    version\n    submittedAt\n    decidedAt\n    createdAt\n    challenge {\n      id\n      title\n    }\n    organization {\n      name\n    }\n    resources {\n      side\n      kind\n      description\n    }\n    merits {\n      side\n      description\n    }\n    contact {\n      affiliation\n      name\n      email\n      phone\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      opinion\n      feasible\n      respondedAt\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      reason\n      at\n      actor {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      messageId\n      downloadUrl\n      createdAt\n    }\n    project {\n      id\n      title\n    }\n    agreement {\n      id\n      title\n    }\n  }\n":Sn,"\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n":_r,"\n  mutation ProposalMarkRead($id: ID!) {\n    markProposalRead(id: $id) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Mr,"\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n    permissions {\n      resource\n      action\n      scope\n    }\n  }\n":Tr};function b(t){return Ki[t]??{}}function T(t,n,r=!1){let o=JSON.stringify(n),[i,d]=h(void 0),[l,s]=h(void 0),[g,m]=h(!r),c=fe(0),A=cn(async()=>{if(r)return;let f=++c.current;m(!0);try{let p=await x(t,JSON.parse(o));f===c.current&&(d(p),s(void 0))}catch(p){f===c.current&&s(p instanceof K?p:new K("INTERNAL",String(p)))}finally{f===c.current&&m(!1)}},[t,o,r]);return W(()=>{A()},[A]),{data:i,error:l,loading:g,reload:A}}function Y(t){let[n,r]=h(!1),[o,i]=h(void 0);return{run:async(...l)=>{r(!0),i(void 0);try{return await t(...l)}catch(s){i(s instanceof K?s:new K("INTERNAL",String(s)));return}finally{r(!1)}},busy:n,error:o,clear:()=>i(void 0)}}function Nr(){let t=location.hash.replace(/^#/,"")||"/",n=t.indexOf("?");return n<0?{path:t,query:new URLSearchParams}:{path:t.slice(0,n),query:new URLSearchParams(t.slice(n+1))}}function Er(){let[t,n]=h(Nr);return W(()=>{let r=()=>n(Nr());return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),t}function q(t,n){let r=new URLSearchParams;for(let[i,d]of Object.entries(n??{}))d&&r.set(i,d);let o=r.toString();return`#${t}${o?`?${o}`:""}`}function rt(t,n){location.hash=q(t,n)}function Vi(t,n){let r=t.split("/").filter(Boolean),o=n.split("/").filter(Boolean);if(r.length!==o.length)return null;let i={};for(let d=0;d<r.length;d++){let l=r[d];if(l.startsWith(":"))i[l.slice(1)]=decodeURIComponent(o[d]);else if(l!==o[d])return null}return i}function Or(t,n){for(let r of t){let o=Vi(r.path,n);if(o)return{route:r,params:o}}return null}var Rr=b(`
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
`);function ie(t,n){return n?t.permissions.some(r=>r.resource===n.resource&&r.action===n.action):!0}var Mt=Xt(null);function Me(){let t=mn(Mt);if(!t)throw new Error("useViewer outside a signed-in app");return t}var Hi=Symbol.for("pv"),zi=0;function e(t,n,r,o,i,d){n||(n={});var l,s,g=n;if("ref"in g&&typeof t!="function")for(s in g={},n)s=="ref"?l=n[s]:g[s]=n[s];var m={type:t,props:g,key:r,ref:l,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Hi,__v:--zi,__i:-1,__u:0};return(i||d)&&(m.__source=i,m.__self=d),L.vnode&&L.vnode(m),m}function Lr(){let t=Me(),n=ze.filter(r=>r.nav&&r.path!=="/"&&ie(t,r.permission)).sort((r,o)=>r.nav.order-o.nav.order);return e("section",{children:[e("h1",{children:y("home")}),e("p",{children:[t.municipality.deskName," — ",t.me.displayName]}),e("ul",{class:"tiles",children:n.map(r=>e("li",{children:e("a",{class:"tile",href:q(r.path),children:r.nav.label()})},r.path))})]})}var u=_e({navInbox:"提案の受付",inboxTitle:"提案の受付",inboxCaption:"提案の一覧",attentionTitle:"要対応",attentionHelp:"未読の対話がある提案と、担当課の回答期限を過ぎた提案です。",attentionCaption:"要対応の提案",attentionNone:"要対応の提案はありません。",statusTabs:"状態で絞り込み",all:"すべて",filters:"絞り込み",search:"キーワード（件名・概要・内容）",kind:"種類",challenge:"対象の行政課題",department:"担当課",submittedFrom:"提出日（から）",submittedTo:"提出日（まで）",submittedRange:"提出日",apply:"絞り込む",reset:"条件をクリア",any:"指定しない",onlyAttention:"要対応のみ",colTitle:"件名",colProposer:"提案者",colKind:"種類",colStatus:"状態",colSubmitted:"提出日",colAssigned:"担当課（回答期限）",colFlags:"お知らせ",unread:"未読 {n}件",overdue:"回答期限超過",notSubmitted:"未提出",kindFREE:"自由提案",kindCHALLENGE:"課題提案",statusDRAFT:"下書き",statusSUBMITTED:"提出済み",statusIN_DIALOGUE:"対話・庁内調整中",statusACCEPTED:"採択",statusDECLINED:"不採択",statusWITHDRAWN:"取下げ",back:"提案の一覧へ戻る",notFound:"この提案は見つかりません（削除されたか、見る権限がありません）。",secContent:"提案の内容",summary:"概要",body:"内容",desiredScheme:"希望する連携手法",organization:"提案者",resources:"双方が提供するもの（リソース）",resourcesCaption:"提供リソース（ヒト・モノ・カネ・情報）",side:"提供する側",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",merits:"期待されるメリット",meritFor:"{side}のメリット",contact:"連絡先",affiliation:"所属",contactName:"氏名",phone:"電話番号",email:"メールアドレス",none:"（なし）",dates:"日付",submittedAt:"提出日時",decidedAt:"採否の決定日時",createdAt:"作成日時",secAttachments:"添付ファイル",download:"{name} をダウンロード",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",noAttachments:"添付ファイルはありません。",onMessage:"（対話のメッセージに添付）",attach:"ファイルを添付",attachFile:"添付するファイル",attached:"{name} を添付しました。",secAssignments:"担当課への検討依頼",noAssignments:"担当課への依頼はまだありません。",assignmentsCaption:"担当課への依頼と回答",dueOn:"回答期限",feasible:"実施可否",feasibleYes:"実施可能",feasibleNo:"実施困難",notAnswered:"未回答",answered:"回答済み",opinion:"意見",respondedAt:"回答日時",secDialogue:"対話",dialogueHelp:"提案者とのメッセージは提案者にも見えます。庁内メモは職員（デスク・担当課）だけが見られます。",noMessages:"メッセージはまだありません。",sharedMessage:"提案者とのメッセージ",internalNote:"庁内メモ",internalNoteHint:"提案者には見えません",postKind:"投稿の種類",postBody:"本文",post:"投稿する",posted:"投稿しました。",postedNote:"庁内メモを投稿しました。",secHistory:"履歴",historyCaption:"提案の履歴",colWhen:"日時",colAction:"操作",colChange:"状態の変化",colActor:"行為者",colReason:"理由・内容",actCREATE:"作成",actUPDATE:"更新",actSUBMIT:"提出",actASSIGN:"担当課へ依頼",actRESPOND:"担当課が回答",actDECIDE:"採否の決定",actWITHDRAW:"取下げ",actLINK:"事業・協定の結び付け",actorPROPOSER:"提案者",actorDEPARTMENT:"担当課",actorDESK:"デスク",secActions:"手続き",noActions:"この提案に対して、いまあなたができる手続きはありません。",assignTitle:"担当課に検討を依頼する",assignHelp:"依頼する担当課を選び、回答期限を決めます。",assignDepartments:"依頼する担当課",assignDue:"回答期限（省略可）",assignSubmit:"依頼する",assigned:"担当課に依頼しました。",assignPick:"担当課を1つ以上選んでください。",respondTitle:"検討結果を回答する",respondOpinion:"意見",respondFeasible:"実施可否",respondSubmit:"回答する",responded:"回答しました。",opinionRequired:"意見を入力してください。",decideTitle:"採否を決める",decision:"採否",decideAccept:"採択する",decideDecline:"不採択とする",reason:"理由",reasonHelp:"理由は提案者にも伝わります。",reasonRequired:"理由を入力してください。",decideSubmit:"決定する",decideConfirm:"「{title}」を{decision}。よろしいですか？",decideConfirmTitle:"採否の確認",decided:"採否を決定しました。",linkTitle:"成果の事業・協定を結び付ける",linkHelp:"採択した提案から生まれた連携事業・協定を選ぶか、新しく下書きを作ります。",linkProject:"連携事業",linkAgreement:"連携協定",linkExisting:"既存のものを選ぶ",linkNew:"新しく下書きを作る",linkNone:"結び付けない",linkPick:"選択してください",newKind:"種類",newTitle:"名称（省略時は提案の件名）",linkSubmit:"結び付ける",linked:"結び付けました。",linkNothing:"事業か協定を1つ以上指定してください。",currentProject:"結び付いた連携事業",currentAgreement:"結び付いた連携協定",projPARTNERSHIP:"パートナーシップ事業",projDEMONSTRATION:"実証実験サポート事業",agrBUSINESS:"事業連携協定",agrCOMPREHENSIVE:"包括連携協定",agrMEMORANDUM:"覚書"},{navInbox:"Proposals",inboxTitle:"Proposal inbox",inboxCaption:"Proposals",attentionTitle:"Needs attention",attentionHelp:"Proposals with unread dialogue, and proposals whose department answer is overdue.",attentionCaption:"Proposals needing attention",attentionNone:"Nothing needs attention.",statusTabs:"Filter by status",all:"All",filters:"Filters",search:"Keywords (title, summary, body)",kind:"Kind",challenge:"Challenge answered",department:"Department",submittedFrom:"Submitted from",submittedTo:"Submitted until",submittedRange:"Submission date",apply:"Apply",reset:"Clear filters",any:"Any",onlyAttention:"Needs attention only",colTitle:"Title",colProposer:"Proposer",colKind:"Kind",colStatus:"Status",colSubmitted:"Submitted",colAssigned:"Departments (due)",colFlags:"Alerts",unread:"{n} unread",overdue:"Overdue",notSubmitted:"Not submitted",kindFREE:"Free proposal",kindCHALLENGE:"Challenge proposal",statusDRAFT:"Draft",statusSUBMITTED:"Submitted",statusIN_DIALOGUE:"In dialogue",statusACCEPTED:"Accepted",statusDECLINED:"Declined",statusWITHDRAWN:"Withdrawn",back:"Back to the proposals",notFound:"This proposal was not found (deleted, or you may not see it).",secContent:"Proposal",summary:"Summary",body:"Details",desiredScheme:"Desired scheme",organization:"Proposer",resources:"What each side contributes",resourcesCaption:"Resources (people, goods, money, information)",side:"Side",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",merits:"Expected merits",meritFor:"For the {side}",contact:"Contact",affiliation:"Affiliation",contactName:"Name",phone:"Phone",email:"Email",none:"(none)",dates:"Dates",submittedAt:"Submitted",decidedAt:"Decided",createdAt:"Created",secAttachments:"Attachments",download:"Download {name}",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",noAttachments:"No attachments.",onMessage:"(attached to a message)",attach:"Attach a file",attachFile:"File to attach",attached:"Attached {name}.",secAssignments:"Requests to departments",noAssignments:"No department has been asked yet.",assignmentsCaption:"Requests and answers",dueOn:"Due",feasible:"Feasible",feasibleYes:"Feasible",feasibleNo:"Not feasible",notAnswered:"Not answered",answered:"Answered",opinion:"Opinion",respondedAt:"Answered",secDialogue:"Dialogue",dialogueHelp:"Messages are seen by the proposer. Internal notes are seen by staff (desk and departments) only.",noMessages:"No messages yet.",sharedMessage:"Message to the proposer",internalNote:"Internal note",internalNoteHint:"not shown to the proposer",postKind:"Kind of post",postBody:"Text",post:"Post",posted:"Posted.",postedNote:"Internal note posted.",secHistory:"History",historyCaption:"History of the proposal",colWhen:"When",colAction:"Action",colChange:"Status change",colActor:"By",colReason:"Reason / detail",actCREATE:"Created",actUPDATE:"Updated",actSUBMIT:"Submitted",actASSIGN:"Assigned to departments",actRESPOND:"Department answered",actDECIDE:"Decided",actWITHDRAW:"Withdrawn",actLINK:"Linked to project/agreement",actorPROPOSER:"Proposer",actorDEPARTMENT:"Department",actorDESK:"Desk",secActions:"Actions",noActions:"There is nothing you can do on this proposal now.",assignTitle:"Ask departments to review",assignHelp:"Choose the departments and a due date for their answer.",assignDepartments:"Departments to ask",assignDue:"Due date (optional)",assignSubmit:"Send request",assigned:"The departments were asked.",assignPick:"Choose at least one department.",respondTitle:"Answer the request",respondOpinion:"Opinion",respondFeasible:"Feasible?",respondSubmit:"Send answer",responded:"Answer sent.",opinionRequired:"Please write an opinion.",decideTitle:"Decide",decision:"Decision",decideAccept:"Accept",decideDecline:"Decline",reason:"Reason",reasonHelp:"The proposer sees the reason.",reasonRequired:"Please give a reason.",decideSubmit:"Decide",decideConfirm:'Decide "{title}": {decision}. Continue?',decideConfirmTitle:"Confirm the decision",decided:"Decision recorded.",linkTitle:"Link the resulting project or agreement",linkHelp:"Choose the project or agreement that came from this accepted proposal, or create a draft.",linkProject:"Project",linkAgreement:"Agreement",linkExisting:"Choose an existing one",linkNew:"Create a draft",linkNone:"Do not link",linkPick:"Choose",newKind:"Kind",newTitle:"Title (the proposal's title when empty)",linkSubmit:"Link",linked:"Linked.",linkNothing:"Give a project or an agreement.",currentProject:"Linked project",currentAgreement:"Linked agreement",projPARTNERSHIP:"Partnership project",projDEMONSTRATION:"Supported field trial",agrBUSINESS:"Business agreement",agrCOMPREHENSIVE:"Comprehensive agreement",agrMEMORANDUM:"Memorandum"});var it="Asia/Tokyo",Qi=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:it}),Gi=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}),Wi=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",timeZone:it}),Fr=new Intl.DateTimeFormat("ja-JP",{hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:it}),Yi=new Intl.DateTimeFormat("en-GB",{year:"numeric",month:"short",day:"numeric",timeZone:it});function qr(t){return t.replace(/(\D)1年/,"$1元年")}function j(t){if(!t)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(!n)return t;let r=new Date(Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3])));return Se()==="en"?t:`${qr(Gi.format(r))}（${t}）`}function E(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return t;let r=Wi.format(n);return Se()==="en"?`${Yi.format(n)} ${Fr.format(n)}`:`${qr(Qi.format(n))}（${r}）${Fr.format(n)}`}function V({tone:t="neutral",icon:n,children:r,testid:o}){return e("span",{class:`badge badge-${t}`,"data-testid":o,children:[n&&e("span",{"aria-hidden":"true",children:[n," "]}),r]})}function k({error:t,onRetry:n,retryLabel:r}){return t?e("div",{class:"banner banner-error",role:"alert",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:vn(t)}),n&&e("button",{type:"button",class:"btn btn-small",onClick:n,children:r})]}):null}function z({children:t}){return t?e("div",{class:"banner banner-notice",role:"status",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"✓"}),e("span",{children:t})]}):null}function U({label:t}){return e("p",{class:"loading",role:"status","aria-live":"polite",children:t})}function $({variant:t="secondary",busy:n,disabled:r,children:o,type:i,...d}){return e("button",{...d,type:i??"button",class:`btn btn-${t}`,disabled:r||n,"aria-busy":n?"true":void 0,children:o})}function Tt({id:t,label:n,required:r}){return e("label",{for:t,children:[n,r&&e("span",{class:"required",children:[" （",y("required"),"）"]})]})}function ot(t,n,r){return[n?`${t}-help`:"",r?`${t}-err`:""].filter(Boolean).join(" ")||void 0}function at({id:t,help:n,error:r}){return e(I,{children:[n&&e("p",{class:"help",id:`${t}-help`,children:n}),r&&e("p",{class:"field-error",id:`${t}-err`,children:r})]})}function S(t){let n=te();return e("div",{class:"field",children:[e(Tt,{id:n,label:t.label,required:t.required}),e("input",{id:n,name:t.name,type:t.type??"text",value:t.value,required:t.required,autocomplete:t.autocomplete,maxLength:t.maxLength,"aria-invalid":t.error?"true":void 0,"aria-describedby":ot(n,t.help,t.error),"data-testid":t.testid,onInput:r=>t.onInput(r.currentTarget.value)}),e(at,{id:n,help:t.help,error:t.error})]})}function Q(t){let n=te();return e("div",{class:"field",children:[e(Tt,{id:n,label:t.label,required:t.required}),e("textarea",{id:n,name:t.name,rows:t.rows??4,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":ot(n,t.help,t.error),"data-testid":t.testid,onInput:r=>t.onInput(r.currentTarget.value)}),e(at,{id:n,help:t.help,error:t.error})]})}function F(t){let n=te();return e("div",{class:"field",children:[e(Tt,{id:n,label:t.label,required:t.required}),e("select",{id:n,name:t.name,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":ot(n,t.help,t.error),"data-testid":t.testid,onChange:r=>t.onChange(r.currentTarget.value),children:t.options.map(r=>e("option",{value:r.value,children:r.label},r.value))}),e(at,{id:n,help:t.help,error:t.error})]})}function jr(t){let n=te();return e("div",{class:"field field-check",children:[e("input",{id:n,type:"checkbox",name:t.name,checked:t.checked,"aria-describedby":ot(n,t.help,t.error),"data-testid":t.testid,onChange:r=>t.onChange(r.currentTarget.checked)}),e("label",{for:n,children:t.label}),e(at,{id:n,help:t.help,error:t.error})]})}function X({legend:t,children:n,class:r}){return e("fieldset",{class:`fieldset ${r??""}`,children:[e("legend",{children:t}),n]})}function ee(t){let[n,r]=h([]);W(()=>r([]),[t.resetKey]);let o=t.page?.edges??[],i=n.length*t.pageSize+1;return e("div",{class:"table-wrap",children:[e("table",{class:"table","data-testid":t.testid,children:[e("caption",{children:t.caption}),e("thead",{children:e("tr",{children:t.columns.map(d=>e("th",{scope:"col",class:d.class,children:d.header}))})}),e("tbody",{children:[o.length===0&&e("tr",{children:e("td",{colSpan:t.columns.length,children:y("empty")})}),o.map(d=>e("tr",{children:t.columns.map(l=>e("td",{class:l.class,children:l.cell(d.node)}))},t.rowKey(d.node)))]})]}),t.page&&e("nav",{class:"pager","aria-label":t.caption,children:[e("span",{role:"status",children:o.length>0?y("pageInfo",{from:i,to:i+o.length-1,n:t.page.totalCount}):y("totalCount",{n:t.page.totalCount})}),e($,{disabled:n.length===0,onClick:()=>{let d=n.slice(0,-1);r(d),t.onAfter(n[n.length-1]??null)},children:["← ",y("prev")]}),e($,{disabled:!t.page.pageInfo.hasNextPage,onClick:()=>{r([...n,t.after]),t.onAfter(t.page?.pageInfo.endCursor??null)},children:[y("next")," →"]})]})]})}function Ji(t){return u(`status${t}`)}function Te(t){return u(`kind${t}`)}var Zi={DRAFT:"neutral",SUBMITTED:"info",IN_DIALOGUE:"warning",ACCEPTED:"success",DECLINED:"danger",WITHDRAWN:"neutral"};function st({status:t}){return e(V,{tone:Zi[t],testid:"proposal-status",children:Ji(t)})}var Ur=["SUBMITTED","IN_DIALOGUE","ACCEPTED","DECLINED","WITHDRAWN","DRAFT"];function Br(t){return t<1024?u("bytes",{n:t}):t<1024*1024?u("kb",{n:(t/1024).toFixed(1)}):u("mb",{n:(t/1024/1024).toFixed(1)})}b(`
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
`);var Kr=b(`
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
`),Xi=b(`
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
`),dt=20,eo=["status","kind","challenge","department","from","to","q","attention"];function to(t){let n={};for(let r of eo){let o=t.get(r);o&&(n[r]=o)}return n}function no(t){let n={};return t.status&&(n.status=t.status),t.kind&&(n.kind=t.kind),t.challenge&&(n.challengeId=t.challenge),t.department&&(n.departmentId=t.department),(t.from||t.to)&&(n.submittedOn={from:t.from||null,to:t.to||null}),t.q&&(n.search=t.q),t.attention&&(n.needsAttention=!0),n}function ro(t){let n=new Map;return t.map(r=>{let o=r.parent?(n.get(r.parent.id)??0)+1:0;return n.set(r.id,o),{value:r.id,label:`${"　".repeat(o)}${r.name}`}})}function Vr({query:t}){let n=to(t),[r,o]=h(n),i=no(n),d=JSON.stringify(i),[l,s]=h({key:d,after:null}),g=l.key===d?l.after:null,m=C=>s({key:d,after:C}),c=T(Kr,{first:dt,after:g,filter:i}),A=T(Xi,{}),f=C=>D=>o({...r,[C]:D}),p=C=>{m(null),rt("/proposals",C)},P=oo();return e("section",{children:[e("h1",{children:u("inboxTitle")}),!n.attention&&e(io,{columns:P}),e("h2",{class:"visually-hidden",children:u("inboxCaption")}),e("nav",{"aria-label":u("statusTabs"),class:"tabs",children:e("ul",{children:[e("li",{children:e("a",{href:q("/proposals",{...n,status:void 0}),"aria-current":n.status?void 0:"page",children:u("all")})}),Ur.map(C=>e("li",{children:e("a",{href:q("/proposals",{...n,status:C}),"aria-current":n.status===C?"page":void 0,"data-testid":`status-tab-${C}`,children:u(`status${C}`)})},C))]})}),e("form",{class:"filters",role:"search",onSubmit:C=>{C.preventDefault(),p(r)},children:[e(X,{legend:u("filters"),class:"filters-grid",children:[e(S,{label:u("search"),type:"search",value:r.q??"",onInput:f("q"),testid:"filter-search"}),e(F,{label:u("kind"),value:r.kind??"",onChange:f("kind"),options:[{value:"",label:u("any")},...["FREE","CHALLENGE"].map(C=>({value:C,label:Te(C)}))]}),e(F,{label:u("challenge"),value:r.challenge??"",onChange:f("challenge"),options:[{value:"",label:u("any")},...A.data?.challenges.edges.map(C=>({value:C.node.id,label:C.node.title}))??[]]}),e(F,{label:u("department"),value:r.department??"",onChange:f("department"),options:[{value:"",label:u("any")},...ro(A.data?.municipality.departments??[])],testid:"filter-department"}),e(S,{label:u("submittedFrom"),type:"date",value:r.from??"",onInput:f("from")}),e(S,{label:u("submittedTo"),type:"date",value:r.to??"",onInput:f("to")}),e(jr,{label:u("onlyAttention"),checked:!!r.attention,onChange:C=>o({...r,attention:C?"1":void 0}),testid:"filter-attention"})]}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary","data-testid":"filter-apply",children:u("apply")}),e($,{onClick:()=>{o({}),p({})},children:u("reset")})]})]}),e(k,{error:c.error,onRetry:()=>{c.reload()},retryLabel:y("retry")}),c.loading&&!c.data&&e(U,{label:y("loading")}),c.data&&e(ee,{caption:u("inboxCaption"),columns:P,page:c.data.proposals,after:g,onAfter:m,resetKey:d,rowKey:C=>C.id,pageSize:dt,testid:"inbox-table"})]})}function io({columns:t}){let[n,r]=h(null),o=T(Kr,{first:dt,after:n,filter:{needsAttention:!0}});return e("section",{class:"attention","aria-labelledby":"attention-title","data-testid":"attention",children:[e("h2",{id:"attention-title",children:u("attentionTitle")}),e("p",{class:"help",children:u("attentionHelp")}),e(k,{error:o.error,onRetry:()=>{o.reload()},retryLabel:y("retry")}),o.data&&(o.data.proposals.totalCount===0?e("p",{class:"muted",children:u("attentionNone")}):e(ee,{caption:u("attentionCaption"),columns:t,page:o.data.proposals,after:n,onAfter:r,resetKey:"attention",rowKey:i=>i.id,pageSize:dt,testid:"attention-table"}))]})}function oo(){return[{header:u("colTitle"),cell:t=>e("a",{href:q(`/proposals/${encodeURIComponent(t.id)}`),"data-testid":"proposal-link",children:t.title})},{header:u("colProposer"),cell:t=>t.organization?.name??""},{header:u("colKind"),cell:t=>t.kind==="CHALLENGE"&&t.challenge?`${Te(t.kind)}：${t.challenge.title}`:Te(t.kind)},{header:u("colStatus"),cell:t=>e(st,{status:t.status})},{header:u("colSubmitted"),cell:t=>t.submittedAt?E(t.submittedAt):u("notSubmitted")},{header:u("colFlags"),cell:t=>e(I,{children:[t.overdue&&e(V,{tone:"danger",icon:"!",children:u("overdue")})," ",t.unreadMessageCount>0&&e(V,{tone:"warning",icon:"●",children:u("unread",{n:t.unreadMessageCount})})]})},{header:u("colAssigned"),cell:t=>e("ul",{class:"plain",children:t.assignments.map(n=>e("li",{children:[n.department.name,n.dueOn&&`（${j(n.dueOn)}）`,n.respondedAt&&e(V,{tone:"success",children:u("answered")})]},n.department.id))})}]}function Ae(t){let n=fe(null),r=te(),o=fe(null);return W(()=>{let i=n.current;i&&(t.open&&!i.open?(o.current=document.activeElement,i.showModal()):!t.open&&i.open&&(i.close(),o.current instanceof HTMLElement&&o.current.focus()))},[t.open]),e("dialog",{ref:n,class:"dialog","aria-labelledby":r,onCancel:i=>{i.preventDefault(),t.onCancel()},children:[e("h2",{id:r,children:t.title}),e("div",{class:"dialog-body",children:t.children}),e("div",{class:"actions",children:[e($,{variant:t.danger?"danger":"primary",busy:t.busy,onClick:t.onConfirm,"data-testid":"confirm-ok",children:t.confirmLabel??y("ok")}),e($,{onClick:t.onCancel,children:y("cancel")})]})]})}function Nt(t){return new Set(t.viewerActions)}var ao=b(`
  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),so=b(`
  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),lo=b(`
  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
    decideProposal(id: $id, decision: $decision, reason: $reason) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),uo=b(`
  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),po=b(`
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
`),co=b(`
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
`);function Hr({p:t,actions:n,notice:r,onChange:o}){let i=["ASSIGN","RESPOND","DECIDE","LINK"].some(d=>n.has(d));return e("div",{class:"panel",children:[e("h2",{id:"actions-title",children:u("secActions")}),e(z,{children:r}),!i&&e("p",{class:"muted",children:u("noActions")}),n.has("ASSIGN")&&e(mo,{p:t,onChange:o}),n.has("RESPOND")&&e(go,{p:t,onChange:o}),n.has("DECIDE")&&e(fo,{p:t,onChange:o}),n.has("LINK")&&e(yo,{p:t,onChange:o})]})}function mo({p:t,onChange:n}){let r=T(po,{}),[o,i]=h(new Set),[d,l]=h(""),[s,g]=h(!1),m=Y(async()=>{let p=await x(ao,{id:t.id,departmentIds:[...o],dueOn:d||null});i(new Set),n(p.assignProposal.proposal,u("assigned"))}),c=new Set(t.assignments.map(p=>p.department.id)),A=new Map,f=(r.data?.municipality.departments??[]).map(p=>{let P=p.parent?(A.get(p.parent.id)??0)+1:0;return A.set(p.id,P),{...p,depth:Math.min(P,3)}});return e("section",{class:"action","aria-labelledby":"assign-title","data-testid":"assign-form",children:[e("h3",{id:"assign-title",children:u("assignTitle")}),e("p",{class:"help",children:u("assignHelp")}),e("form",{onSubmit:p=>{if(p.preventDefault(),o.size===0){g(!0);return}g(!1),m.run()},children:[e(X,{legend:u("assignDepartments"),class:"tree",children:[e(k,{error:r.error}),e("ul",{class:"plain",children:f.map(p=>e("li",{class:`depth-${p.depth}`,children:e("label",{class:"check",children:[e("input",{type:"checkbox",checked:c.has(p.id)||o.has(p.id),disabled:c.has(p.id),onChange:P=>{let C=new Set(o);P.currentTarget.checked?C.add(p.id):C.delete(p.id),i(C)}})," ",p.name]})},p.id))}),s&&e("p",{class:"field-error",role:"alert",children:u("assignPick")})]}),e(S,{label:u("assignDue"),type:"date",value:d,onInput:l,testid:"assign-due"}),e(k,{error:m.error}),e($,{type:"submit",variant:"primary",busy:m.busy,"data-testid":"assign-submit",children:u("assignSubmit")})]})]})}function go({p:t,onChange:n}){let[r,o]=h(""),[i,d]=h(""),[l,s]=h(!1),g=Y(async()=>{let m=await x(so,{id:t.id,opinion:r,feasible:i==="yes"});n(m.respondToAssignment.proposal,u("responded"))});return e("section",{class:"action","aria-labelledby":"respond-title","data-testid":"respond-form",children:[e("h3",{id:"respond-title",children:u("respondTitle")}),e("form",{onSubmit:m=>{m.preventDefault(),s(!0),!(!r.trim()||!i)&&g.run()},children:[e(X,{legend:u("respondFeasible"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"yes",checked:i==="yes",onChange:()=>d("yes"),"data-testid":"respond-feasible-yes"})," ",u("feasibleYes")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"no",checked:i==="no",onChange:()=>d("no"),"data-testid":"respond-feasible-no"})," ",u("feasibleNo")]}),l&&!i&&e("p",{class:"field-error",children:u("respondFeasible")})]}),e(Q,{label:u("respondOpinion"),required:!0,value:r,onInput:o,error:l&&!r.trim()?u("opinionRequired"):void 0,testid:"respond-opinion"}),e(k,{error:g.error}),e($,{type:"submit",variant:"primary",busy:g.busy,"data-testid":"respond-submit",children:u("respondSubmit")})]})]})}function fo({p:t,onChange:n}){let[r,o]=h(""),[i,d]=h(""),[l,s]=h(!1),[g,m]=h(!1),c=Y(async()=>{if(!r)return;let f=await x(lo,{id:t.id,decision:r,reason:i});m(!1),n(f.decideProposal.proposal,u("decided"))}),A=r==="ACCEPTED"?u("decideAccept"):u("decideDecline");return e("section",{class:"action","aria-labelledby":"decide-title","data-testid":"decide-form",children:[e("h3",{id:"decide-title",children:u("decideTitle")}),e("form",{onSubmit:f=>{f.preventDefault(),s(!0),!(!r||!i.trim())&&m(!0)},children:[e(X,{legend:u("decision"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"ACCEPTED",checked:r==="ACCEPTED",onChange:()=>o("ACCEPTED"),"data-testid":"decide-accept"})," ",u("decideAccept")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"DECLINED",checked:r==="DECLINED",onChange:()=>o("DECLINED"),"data-testid":"decide-decline"})," ",u("decideDecline")]}),l&&!r&&e("p",{class:"field-error",children:u("decision")})]}),e(Q,{label:u("reason"),help:u("reasonHelp"),required:!0,value:i,onInput:d,error:l&&!i.trim()?u("reasonRequired"):void 0,testid:"decide-reason"}),e(k,{error:c.error}),e($,{type:"submit",variant:"primary","data-testid":"decide-submit",children:u("decideSubmit")})]}),e(Ae,{open:g,title:u("decideConfirmTitle"),confirmLabel:A,danger:r==="DECLINED",busy:c.busy,onConfirm:()=>{c.run()},onCancel:()=>m(!1),children:[e("p",{children:u("decideConfirm",{title:t.title,decision:A})}),e("p",{class:"prewrap",children:[u("reason"),"：",i]}),e(k,{error:c.error})]})]})}function yo({p:t,onChange:n}){let r=T(co,{}),[o,i]=h(""),[d,l]=h(""),[s,g]=h(""),[m,c]=h(""),[A,f]=h("PARTNERSHIP"),[p,P]=h("BUSINESS"),[C,D]=h(""),[M,_]=h(""),[w,N]=h(!1),me=Y(async()=>{let O=await x(uo,{id:t.id,projectId:o==="existing"&&s?s:null,agreementId:d==="existing"&&m?m:null,newProject:o==="new"?{kind:A,title:C.trim()||null}:null,newAgreement:d==="new"?{kind:p,title:M.trim()||null}:null});i(""),l(""),n(O.linkProposalOutcome.proposal,u("linked")),r.reload()}),je=[{value:"",label:u("linkNone")},{value:"existing",label:u("linkExisting")},{value:"new",label:u("linkNew")}],ve={value:"",label:u("linkPick")};return e("section",{class:"action","aria-labelledby":"link-title","data-testid":"link-form",children:[e("h3",{id:"link-title",children:u("linkTitle")}),e("p",{class:"help",children:u("linkHelp")}),e(k,{error:r.error}),e("form",{onSubmit:O=>{O.preventDefault();let Ue=o==="existing"&&s||o==="new"||d==="existing"&&m||d==="new";N(!Ue),Ue&&me.run()},children:[e(X,{legend:u("linkProject"),children:[e(F,{label:u("linkProject"),value:o,onChange:O=>i(O),options:je,testid:"link-project-mode"}),o==="existing"&&e(F,{label:u("linkPick"),value:s,onChange:g,options:[ve,...r.data?.projects.edges.map(O=>({value:O.node.id,label:O.node.title}))??[]],testid:"link-project"}),o==="new"&&e(I,{children:[e(F,{label:u("newKind"),value:A,onChange:O=>f(O),options:["PARTNERSHIP","DEMONSTRATION"].map(O=>({value:O,label:u(`proj${O}`)}))}),e(S,{label:u("newTitle"),value:C,onInput:D})]})]}),e(X,{legend:u("linkAgreement"),children:[e(F,{label:u("linkAgreement"),value:d,onChange:O=>l(O),options:je,testid:"link-agreement-mode"}),d==="existing"&&e(F,{label:u("linkPick"),value:m,onChange:c,options:[ve,...r.data?.agreements.edges.map(O=>({value:O.node.id,label:O.node.title}))??[]],testid:"link-agreement"}),d==="new"&&e(I,{children:[e(F,{label:u("newKind"),value:p,onChange:O=>P(O),options:["BUSINESS","COMPREHENSIVE","MEMORANDUM"].map(O=>({value:O,label:u(`agr${O}`)}))}),e(S,{label:u("newTitle"),value:M,onInput:_})]})]}),w&&e("p",{class:"field-error",role:"alert",children:u("linkNothing")}),e(k,{error:me.error}),e($,{type:"submit",variant:"primary",busy:me.busy,"data-testid":"link-submit",children:u("linkSubmit")})]})]})}var ho=b(`
  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),bo=b(`
  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`);function zr({p:t,actions:n,onChange:r,onReload:o}){let i=n.has("MESSAGE"),d=n.has("INTERNAL_NOTE"),[l,s]=h(!i&&d),[g,m]=h(""),[c,A]=h(""),f=Y(async()=>{let D=await x(ho,{proposalId:t.id,body:g,internal:l});m(""),A(l?u("postedNote"):u("posted")),r(D.postProposalMessage.proposal)}),[p,P]=h(null),C=Y(async D=>{if(!p)return;let M=await nt(bo,{proposalId:t.id,file:null},[{path:"variables.file",file:p}]);P(null),D.reset(),A(u("attached",{name:M.attachFile.fileName})),await o()});return e("section",{"aria-labelledby":"sec-dialogue",children:[e("h2",{id:"sec-dialogue",children:u("secDialogue")}),e("p",{class:"help",children:u("dialogueHelp")}),t.messages.length===0?e("p",{class:"muted",children:u("noMessages")}):e("ol",{class:"messages","data-testid":"messages",children:t.messages.map(D=>e("li",{class:D.internal?"msg msg-internal":"msg msg-shared","data-testid":D.internal?"internal-note":"shared-message",children:[e("div",{class:"msg-head",children:[D.internal?e(V,{tone:"internal",icon:"✎",children:[u("internalNote"),"（",u("internalNoteHint"),"）"]}):e(V,{tone:"info",icon:"✉",children:u("sharedMessage")}),e("span",{class:"msg-author",children:Et(D.author)}),e("time",{class:"muted",dateTime:D.createdAt,children:E(D.createdAt)})]}),e("p",{class:"prewrap",children:D.body})]},D.id))}),e(z,{children:c}),(i||d)&&e("form",{class:"post-form",onSubmit:D=>{D.preventDefault(),A(""),f.run()},children:[i&&d&&e(X,{legend:u("postKind"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"post-kind",checked:!l,onChange:()=>s(!1),"data-testid":"post-shared"}),e("span",{"aria-hidden":"true",children:"✉ "}),u("sharedMessage")]}),e("label",{class:"radio radio-internal",children:[e("input",{type:"radio",name:"post-kind",checked:l,onChange:()=>s(!0),"data-testid":"post-internal"}),e("span",{"aria-hidden":"true",children:"✎ "}),u("internalNote"),"（",u("internalNoteHint"),"）"]})]}),e(Q,{label:l?`${u("postBody")}（${u("internalNote")}）`:`${u("postBody")}（${u("sharedMessage")}）`,required:!0,value:g,onInput:m,rows:4,testid:"post-body"}),e(k,{error:f.error}),e($,{type:"submit",variant:"primary",busy:f.busy,disabled:!g.trim(),"data-testid":"post-submit",children:u("post")})]}),n.has("ATTACH")&&e("form",{class:"attach-form",onSubmit:D=>{D.preventDefault(),A(""),C.run(D.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:"attach-file",children:u("attachFile")}),e("input",{id:"attach-file",type:"file","data-testid":"attach-file",onChange:D=>P(D.currentTarget.files?.[0]??null)})]}),e(k,{error:C.error}),e($,{type:"submit",busy:C.busy,disabled:!p,children:u("attach")})]})]})}b(`
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
`);var Co=b(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalPageFields
    }
  }
`),Ao=b(`
  mutation ProposalMarkRead($id: ID!) {
    markProposalRead(id: $id) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Qr=["CITY","PARTNER"],Gr=["PEOPLE","GOODS","MONEY","INFORMATION"],vo=new Set(["CREATE","UPDATE","SUBMIT","ASSIGN","RESPOND","DECIDE","WITHDRAW","LINK"]);function Et(t){if(!t)return"";let n=u(`actor${t.kind}`),r=[t.department?.name,t.displayName].filter(Boolean).join(" ");return r?`${n}：${r}`:n}function Wr({params:t}){let n=t.id,r=T(Co,{id:n}),[o,i]=h(null),d=o??r.data?.proposal??null,[l,s]=h(""),g=(f,p)=>{i(f),s(p??"")},m=async()=>{i(null),await r.reload()},c=fe(!1),A=r.data?.proposal;return W(()=>{!A||c.current||A.unreadMessageCount===0||!A.viewerActions.includes("MARK_READ")||(c.current=!0,x(Ao,{id:A.id}).then(f=>i(f.markProposalRead.proposal)).catch(()=>{}))},[A]),e("article",{class:"proposal",children:[e("p",{children:e("a",{href:q("/proposals"),children:["← ",u("back")]})}),e(k,{error:r.error,onRetry:()=>{r.reload()},retryLabel:y("retry")}),r.loading&&!d&&e(U,{label:y("loading")}),r.data&&!d&&e("p",{class:"banner banner-error",role:"alert",children:u("notFound")}),d&&e(I,{children:[e("header",{class:"proposal-head",children:[e("h1",{"data-testid":"proposal-title",children:d.title}),e("p",{class:"meta",children:[e(st,{status:d.status})," ",e(V,{children:Te(d.kind)}),d.overdue&&e(V,{tone:"danger",icon:"!",testid:"overdue",children:u("overdue")}),d.unreadMessageCount>0&&e(V,{tone:"warning",icon:"●",testid:"unread",children:u("unread",{n:d.unreadMessageCount})}),d.challenge&&e("span",{children:[" ",d.challenge.title]})]}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:u("organization")}),e("dd",{children:d.organization?.name??u("none")})]}),e("div",{children:[e("dt",{children:u("submittedAt")}),e("dd",{children:d.submittedAt?E(d.submittedAt):u("notSubmitted")})]}),d.decidedAt&&e("div",{children:[e("dt",{children:u("decidedAt")}),e("dd",{children:E(d.decidedAt)})]}),d.project&&e("div",{children:[e("dt",{children:u("currentProject")}),e("dd",{"data-testid":"linked-project",children:d.project.title})]}),d.agreement&&e("div",{children:[e("dt",{children:u("currentAgreement")}),e("dd",{"data-testid":"linked-agreement",children:d.agreement.title})]})]})]}),e("div",{class:"proposal-grid",children:[e("div",{class:"proposal-main",children:[e(Do,{p:d}),e(Po,{p:d}),e(Io,{p:d}),e(zr,{p:d,actions:Nt(d),onChange:g,onReload:m}),e($o,{p:d})]}),e("aside",{class:"proposal-side","aria-labelledby":"actions-title",children:e(Hr,{p:d,actions:Nt(d),notice:l,onChange:g})})]})]})]})}function Ot({text:t}){return t.trim()?e(I,{children:t.split(/\n{2,}/).map((n,r)=>e("p",{class:"prewrap",children:n},r))}):e("p",{class:"muted",children:u("none")})}function Do({p:t}){return e("section",{"aria-labelledby":"sec-content",children:[e("h2",{id:"sec-content",children:u("secContent")}),e("h3",{children:u("summary")}),e(Ot,{text:t.summary}),e("h3",{children:u("body")}),e(Ot,{text:t.body}),e("h3",{children:u("desiredScheme")}),e(Ot,{text:t.desiredScheme}),e("h3",{children:u("resources")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix","data-testid":"resources-matrix",children:[e("caption",{class:"visually-hidden",children:u("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:u("side")}),Gr.map(n=>e("th",{scope:"col",children:u(`res${n}`)},n))]})}),e("tbody",{children:Qr.map(n=>e("tr",{children:[e("th",{scope:"row",children:u(`side${n}`)}),Gr.map(r=>{let o=t.resources.filter(i=>i.side===n&&i.kind===r);return e("td",{children:o.length===0?e("span",{class:"muted",children:"—"}):e("ul",{class:"plain",children:o.map((i,d)=>e("li",{children:i.description},d))})},r)})]},n))})]})}),e("h3",{children:u("merits")}),e("div",{class:"merits",children:Qr.map(n=>{let r=t.merits.filter(o=>o.side===n);return e("div",{children:[e("h4",{children:u("meritFor",{side:u(`side${n}`)})}),r.length===0?e("p",{class:"muted",children:u("none")}):e("ul",{children:r.map((o,i)=>e("li",{children:o.description},i))})]},n)})}),t.contact&&e(I,{children:[e("h3",{children:u("contact")}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:u("affiliation")}),e("dd",{children:t.contact.affiliation})]}),e("div",{children:[e("dt",{children:u("contactName")}),e("dd",{children:t.contact.name})]}),e("div",{children:[e("dt",{children:u("email")}),e("dd",{children:t.contact.email})]}),e("div",{children:[e("dt",{children:u("phone")}),e("dd",{children:t.contact.phone})]})]})]})]})}function Po({p:t}){let[n,r]=h(null);return e("section",{"aria-labelledby":"sec-attachments",children:[e("h2",{id:"sec-attachments",children:u("secAttachments")}),e(k,{error:n}),t.attachments.length===0?e("p",{class:"muted",children:u("noAttachments")}):e("ul",{class:"files","data-testid":"attachments",children:t.attachments.map(o=>e("li",{children:[e($,{variant:"link","aria-label":u("download",{name:o.fileName}),onClick:()=>{r(null),Pn(o.downloadUrl,o.fileName).catch(r)},children:[e("span",{"aria-hidden":"true",children:"↓ "}),o.fileName]})," ",e("span",{class:"muted",children:[Br(o.size)," ・ ",E(o.createdAt),o.messageId&&` ${u("onMessage")}`]})]},o.id))})]})}function Io({p:t}){return e("section",{"aria-labelledby":"sec-assignments",children:[e("h2",{id:"sec-assignments",children:u("secAssignments")}),t.assignments.length===0?e("p",{class:"muted",children:u("noAssignments")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"assignments",children:[e("caption",{class:"visually-hidden",children:u("assignmentsCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:u("department")}),e("th",{scope:"col",children:u("dueOn")}),e("th",{scope:"col",children:u("feasible")}),e("th",{scope:"col",children:u("opinion")}),e("th",{scope:"col",children:u("respondedAt")})]})}),e("tbody",{children:t.assignments.map(n=>e("tr",{children:[e("th",{scope:"row",children:n.department.name}),e("td",{children:n.dueOn?j(n.dueOn):"—"}),e("td",{children:n.feasible==null?e(V,{children:u("notAnswered")}):n.feasible?e(V,{tone:"success",icon:"○",children:u("feasibleYes")}):e(V,{tone:"danger",icon:"×",children:u("feasibleNo")})}),e("td",{class:"prewrap",children:n.opinion??""}),e("td",{children:n.respondedAt?E(n.respondedAt):"—"})]},n.department.id))})]})})]})}function $o({p:t}){return e("section",{"aria-labelledby":"sec-history",children:[e("h2",{id:"sec-history",children:u("secHistory")}),e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"history",children:[e("caption",{class:"visually-hidden",children:u("historyCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:u("colWhen")}),e("th",{scope:"col",children:u("colAction")}),e("th",{scope:"col",children:u("colChange")}),e("th",{scope:"col",children:u("colActor")}),e("th",{scope:"col",children:u("colReason")})]})}),e("tbody",{children:t.history.map((n,r)=>e("tr",{children:[e("td",{children:E(n.at)}),e("td",{children:vo.has(n.action)?u(`act${n.action}`):n.action}),e("td",{children:n.from||n.to?`${n.from?u(`status${n.from}`):""} → ${n.to?u(`status${n.to}`):""}`:""}),e("td",{children:Et(n.actor)}),e("td",{class:"prewrap",children:n.reason})]},r))})]})})]})}var Yr=[{path:"/proposals",component:Vr,nav:{label:()=>u("navInbox"),order:100},permission:{resource:"proposal",action:"read"}},{path:"/proposals/:id",component:Wr,permission:{resource:"proposal",action:"read"}}];var a=_e({navChallenges:"行政課題",navCaseStudies:"連携事例",navAgreements:"連携協定",navProjects:"連携事業",navAnnouncements:"お知らせ",navMethods:"連携手法",listChallenges:"行政課題の一覧",listCaseStudies:"連携事例の一覧",listAgreements:"連携協定の一覧",listProjects:"連携事業の一覧",listAnnouncements:"お知らせの一覧",listMethods:"その他連携手法の一覧",newChallenge:"行政課題を作成",newCaseStudy:"連携事例を作成",newAgreement:"連携協定を作成",newProject:"連携事業を作成",newAnnouncement:"お知らせを作成",newMethod:"連携手法を追加",editChallenge:"行政課題の編集",editCaseStudy:"連携事例の編集",editAgreement:"連携協定の編集",editProject:"連携事業の編集",editAnnouncement:"お知らせの編集",editMethod:"連携手法の編集",backToList:"一覧へ戻る",filters:"絞り込み",search:"キーワード",searchHelp:"件名・本文などに含まれる語で絞り込みます。",any:"すべて",apply:"絞り込む",clear:"条件を消す",colTitle:"件名・名称",colState:"公開状態",colUpdated:"更新日時",colDepartment:"担当課",colPeriod:"期間",colLocality:"実施自治体",colCategory:"分類",colKind:"種類",colStatus:"状態",colSigned:"締結日",colPosition:"並び順",colKey:"識別子",colName:"名称",stateDRAFT:"下書き",statePUBLISHED:"公開中",stateARCHIVED:"アーカイブ",stateScheduled:"公開予約",publishedAt:"公開日時: {at}",scheduledAt:"{at} に公開予定",version:"版 {n}",title:"件名",name:"名称",background:"背景",desiredOutcome:"求める成果",department:"担当課",noDepartment:"（指定なし）",tags:"分野・タグ",tagsHelp:"読点「、」またはカンマで区切って入力します。",opensAt:"募集開始日時",closesAt:"募集終了日時",isOpen:"募集状況",open:"募集中",closed:"募集していない",locality:"実施自治体",localityHelp:"他の自治体の事例もあります（例: 青森市）。",program:"公民連携の窓口・プログラム名",category:"分類",catPARTNERSHIP:"連携事業",catDEMONSTRATION:"実証実験",catAGREEMENT:"連携協定",catOTHER:"その他",startOn:"開始日",endOn:"終了日",dateNote:"日程（原文）",dateNoteHelp:"「令和7年度中」のように日付で書けない日程を書きます。",summary:"概要",partners:"連携先",parties:"締結先（事業者等）",partnerSearch:"連携先を探す",partnerNone:"該当する連携先がありません。",partnersChosen:"選択中: {names}",resources:"提供リソース",resourcesHelp:"市と事業者等がそれぞれ提供するもの（ヒト・モノ・カネ・情報）を書きます。",resourcesCaption:"提供リソース（行: 種類、列: 提供する側）",kindCol:"種類",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",resCell:"{side}が提供する{kind}",merits:"メリット・期待される効果",meritFor:"{side}のメリット",meritHelp:"1行に1項目を書きます。",agreementKind:"協定の種類",akBUSINESS:"事業連携協定",akCOMPREHENSIVE:"包括連携協定",akMEMORANDUM:"覚書",agreementStatus:"協定の状態",asPLANNED:"締結予定",asACTIVE:"有効",asEXPIRED:"期間満了",asTERMINATED:"解除",purpose:"目的",signedOn:"締結日",termStartOn:"協定期間の開始日",termEndOn:"協定期間の終了日",items:"連携事項",itemsHelp:"1行に1項目を書きます。",projectKind:"事業の種類",pkPARTNERSHIP:"パートナーシップ事業",pkDEMONSTRATION:"実証実験サポート事業",projectStatus:"事業の状態",psPLANNED:"準備中",psONGOING:"実施中",psCOMPLETED:"完了",psCANCELLED:"中止",site:"実施場所",leadDepartment:"担当課",agreement:"根拠となる協定",noAgreement:"（なし）",body:"本文",annCategory:"区分",annCategoryHelp:"例: 募集、イベント、お知らせ",methodKey:"識別子（半角英数字）",methodKeyHelp:"例: pfi。公開サイトのURLなどに使います。",description:"内容",position:"並び順",saveDraft:"保存する",create:"作成する",saved:"保存しました。",created:"作成しました。",conflict:"他の職員が先に更新しました。再読み込みしてください",reloadLatest:"最新の内容を読み込む",secPublication:"公開",publishNow:"今すぐ公開",publishAt:"日時を指定して公開",publishAtLabel:"公開日時",publishAtHelp:"日本時間で指定します。過去の日時を指定すると、すぐに公開されます。",schedule:"公開を予約",unpublish:"公開をやめる（下書きに戻す）",archive:"アーカイブする",published:"公開しました。",scheduled:"公開を予約しました。",unpublished:"下書きに戻しました。",archived:"アーカイブしました。",confirmPublish:"公開しますか？",confirmPublishBody:"「{title}」を公開サイトに掲載します。",confirmUnpublish:"公開をやめますか？",confirmUnpublishBody:"「{title}」を公開サイトから外し、下書きに戻します。",confirmArchive:"アーカイブしますか？",confirmArchiveBody:"「{title}」をアーカイブします。",pendingNotice:"担当課からの変更が承認待ちです。「今すぐ公開」で反映されます。",preview:"プレビュー",previewMake:"プレビュー用リンクを作る",previewLink:"プレビューを開く（{at} まで有効）",previewTitle:"プレビュー（下書き）",previewNote:"この画面は公開前の内容です。公開サイトにはまだ表示されていません。",previewGone:"プレビューの有効期限が切れたか、リンクが正しくありません。編集画面からもう一度リンクを作ってください。",delete:"削除する",confirmDelete:"削除しますか？",confirmDeleteBody:"「{title}」を削除します。削除した直後であれば、この画面で元に戻せます。",deleted:"「{title}」を削除しました。",restoreDeleted:"元に戻す",restored:"元に戻しました。",secRevisions:"変更の履歴（版）",revNumber:"版",revAuthor:"保存した人",revAt:"保存日時",revPending:"承認待ち",revRestore:"この版に戻す",revRestoreNamed:"版{n}に戻す",confirmRevRestore:"版{n}に戻しますか？",confirmRevRestoreBody:"この版の内容を新しい下書きとして保存します。公開中の内容はそのままです。",revRestored:"版{n}を下書きとして復元しました。",revNone:"まだ履歴はありません。",revCaption:"変更の履歴",secMedia:"画像・資料",mediaNone:"画像・資料はまだありません。",mediaCaption:"画像・資料の一覧",mediaFile:"ファイル",mediaFileHelp:"写真（JPEG・PNG）やPDFを選びます。",mediaAlt:"代替テキスト",mediaAltHelp:"画像を見られない人のために、画像の内容を短い文で書きます（例: 駅前広場で清掃活動をする市職員と企業の社員）。",mediaAltFor:"「{file}」の代替テキスト",mediaAltMissing:"代替テキスト未入力",mediaAltSave:"代替テキストを保存",mediaAltSaved:"「{file}」の代替テキストを保存しました。",mediaUpload:"アップロード",mediaUploaded:"「{file}」を追加しました。",mediaChoose:"ファイルを選んでください。",mediaAskAlt:"画像には代替テキストを入力してください。",mediaDelete:"削除",mediaDeleteNamed:"「{file}」を削除",confirmMediaDelete:"「{file}」を削除しますか？",mediaDeleted:"「{file}」を削除しました。",mediaType:"種類",mediaSize:"大きさ",mediaOps:"操作",mediaAfterCreate:"画像・資料は、保存した後に追加できます。",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",notAllowed:"この画面を使う権限がありません。",none:"なし",saveFirst:"まず保存してください。"},{navChallenges:"Challenges",navCaseStudies:"Case studies",navAgreements:"Agreements",navProjects:"Projects",navAnnouncements:"Announcements",navMethods:"Collaboration methods",listChallenges:"Challenges",listCaseStudies:"Case studies",listAgreements:"Agreements",listProjects:"Projects",listAnnouncements:"Announcements",listMethods:"Other collaboration methods",newChallenge:"New challenge",newCaseStudy:"New case study",newAgreement:"New agreement",newProject:"New project",newAnnouncement:"New announcement",newMethod:"New method",editChallenge:"Edit challenge",editCaseStudy:"Edit case study",editAgreement:"Edit agreement",editProject:"Edit project",editAnnouncement:"Edit announcement",editMethod:"Edit collaboration method",backToList:"Back to the list",filters:"Filters",search:"Keywords",searchHelp:"Words in the title or text.",any:"All",apply:"Filter",clear:"Clear",colTitle:"Title",colState:"Publication",colUpdated:"Updated",colDepartment:"Department",colPeriod:"Period",colLocality:"Municipality",colCategory:"Category",colKind:"Kind",colStatus:"Status",colSigned:"Signed",colPosition:"Position",colKey:"Key",colName:"Name",stateDRAFT:"Draft",statePUBLISHED:"Published",stateARCHIVED:"Archived",stateScheduled:"Scheduled",publishedAt:"Published: {at}",scheduledAt:"Publishes at {at}",version:"Version {n}",title:"Title",name:"Name",background:"Background",desiredOutcome:"Desired outcome",department:"Department",noDepartment:"(none)",tags:"Tags",tagsHelp:"Separate with commas.",opensAt:"Proposals open",closesAt:"Proposals close",isOpen:"Open for proposals",open:"Open",closed:"Not open",locality:"Municipality",localityHelp:"It may be another city (e.g. Aomori).",program:"PPP desk or programme name",category:"Category",catPARTNERSHIP:"Partnership",catDEMONSTRATION:"Field trial",catAGREEMENT:"Agreement",catOTHER:"Other",startOn:"Start date",endOn:"End date",dateNote:"Schedule as written",dateNoteHelp:'For schedules that are not a date (e.g. "during FY2025").',summary:"Summary",partners:"Partners",parties:"Parties",partnerSearch:"Find partners",partnerNone:"No partner matches.",partnersChosen:"Chosen: {names}",resources:"Resources",resourcesHelp:"What the city and the partner each contribute (people, goods, money, information).",resourcesCaption:"Resources (rows: kind, columns: side)",kindCol:"Kind",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",resCell:"{kind} from the {side}",merits:"Merits and expected effects",meritFor:"Merits for the {side}",meritHelp:"One item per line.",agreementKind:"Kind of agreement",akBUSINESS:"Business agreement",akCOMPREHENSIVE:"Comprehensive agreement",akMEMORANDUM:"Memorandum",agreementStatus:"Status",asPLANNED:"Planned",asACTIVE:"In force",asEXPIRED:"Expired",asTERMINATED:"Terminated",purpose:"Purpose",signedOn:"Signed on",termStartOn:"Term starts",termEndOn:"Term ends",items:"Fields of cooperation",itemsHelp:"One item per line.",projectKind:"Scheme",pkPARTNERSHIP:"Partnership project",pkDEMONSTRATION:"Supported field trial",projectStatus:"Status",psPLANNED:"Planned",psONGOING:"Ongoing",psCOMPLETED:"Completed",psCANCELLED:"Cancelled",site:"Site",leadDepartment:"Lead department",agreement:"Agreement it runs under",noAgreement:"(none)",body:"Body",annCategory:"Category",annCategoryHelp:"e.g. Call, Event, News",methodKey:"Key (ASCII)",methodKeyHelp:"e.g. pfi; used in portal URLs.",description:"Description",position:"Position",saveDraft:"Save",create:"Create",saved:"Saved.",created:"Created.",conflict:"Another staff member updated this first. Please reload.",reloadLatest:"Load the latest",secPublication:"Publication",publishNow:"Publish now",publishAt:"Publish at a time",publishAtLabel:"Publish at",publishAtHelp:"Japan time. A past time publishes now.",schedule:"Schedule",unpublish:"Unpublish (back to draft)",archive:"Archive",published:"Published.",scheduled:"Scheduled.",unpublished:"Back to draft.",archived:"Archived.",confirmPublish:"Publish?",confirmPublishBody:'"{title}" goes on the portal.',confirmUnpublish:"Unpublish?",confirmUnpublishBody:'"{title}" leaves the portal and becomes a draft.',confirmArchive:"Archive?",confirmArchiveBody:'"{title}" will be archived.',pendingNotice:`A department's change waits for approval; "Publish now" applies it.`,preview:"Preview",previewMake:"Make a preview link",previewLink:"Open the preview (valid until {at})",previewTitle:"Preview (draft)",previewNote:"This is the content before publication; the portal does not show it yet.",previewGone:"The preview link has expired or is wrong. Make a new one from the editor.",delete:"Delete",confirmDelete:"Delete?",confirmDeleteBody:'"{title}" will be deleted. Right after deleting you can undo it here.',deleted:'Deleted "{title}".',restoreDeleted:"Undo",restored:"Restored.",secRevisions:"Revisions",revNumber:"Version",revAuthor:"Saved by",revAt:"Saved",revPending:"Awaiting approval",revRestore:"Restore this version",revRestoreNamed:"Restore version {n}",confirmRevRestore:"Restore version {n}?",confirmRevRestoreBody:"Its content is saved as a new draft; live content stays as it is.",revRestored:"Version {n} restored as a draft.",revNone:"No revisions yet.",revCaption:"Revisions",secMedia:"Photos and documents",mediaNone:"No photos or documents yet.",mediaCaption:"Photos and documents",mediaFile:"File",mediaFileHelp:"A photo (JPEG, PNG) or a PDF.",mediaAlt:"Text alternative",mediaAltHelp:"Describe the image in a short sentence for people who cannot see it.",mediaAltFor:'Text alternative of "{file}"',mediaAltMissing:"No text alternative",mediaAltSave:"Save text alternative",mediaAltSaved:'Saved the text alternative of "{file}".',mediaUpload:"Upload",mediaUploaded:'Added "{file}".',mediaChoose:"Choose a file.",mediaAskAlt:"Please write a text alternative for an image.",mediaDelete:"Delete",mediaDeleteNamed:'Delete "{file}"',confirmMediaDelete:'Delete "{file}"?',mediaDeleted:'Deleted "{file}".',mediaType:"Type",mediaSize:"Size",mediaOps:"Actions",mediaAfterCreate:"Photos and documents can be added once it is saved.",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",notAllowed:"You may not use this screen.",none:"None",saveFirst:"Save first."});var lt="";function oe(t){let[n,r]=h(t.blank),[o,i]=h(()=>{let l=lt;return lt="",l});W(()=>{t.item&&r(t.toForm(t.item))},[t.item]);let d=Y(async()=>{if(i(""),!t.item){let l=await t.create(n);lt=a("created"),i(lt),rt(t.path(l));return}await t.update(n,t.item.version),i(a("saved")),await t.q.reload()});return{form:n,set:(l,s)=>r(g=>({...g,[l]:s})),save:()=>{d.run()},busy:d.busy,error:d.error,notice:o,setNotice:i,reload:()=>{d.clear(),t.q.reload()}}}function de({state:t,publishedAt:n}){return t==="PUBLISHED"&&n&&new Date(n).getTime()>Date.now()?e(V,{tone:"warning",icon:"◇",testid:"pub-state",children:a("stateScheduled")}):e(V,{tone:t==="PUBLISHED"?"success":t==="ARCHIVED"?"neutral":"info",icon:t==="PUBLISHED"?"●":t==="ARCHIVED"?"■":"✎",testid:"pub-state",children:a(`state${t}`)})}var So=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:"Asia/Tokyo"});function Rt(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return"";let r=Object.fromEntries(So.formatToParts(n).map(i=>[i.type,i.value])),o=r.hour==="24"?"00":r.hour;return`${r.year}-${r.month}-${r.day}T${o}:${r.minute}`}function Ne(t){return t?`${t.length===16?`${t}:00`:t}+09:00`:null}function we(t,n=!1){return(n?t.split(/\r?\n/):t.split(/[、,，\n]/)).map(o=>o.trim()).filter(Boolean)}function Lt(t){return t<1024?a("bytes",{n:t}):t<1024*1024?a("kb",{n:(t/1024).toFixed(1)}):a("mb",{n:(t/1024/1024).toFixed(1)})}function R(t){return t.trim()===""?null:t}function ne(t,n,r){let o=t.map(i=>({value:i,label:n(i)}));return r?[{value:"",label:r},...o]:o}function ae({error:t,onReload:n}){return t?t.code==="CONFLICT"?e("div",{class:"banner banner-error",role:"alert","data-testid":"conflict",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:a("conflict")}),e("button",{type:"button",class:"btn btn-small",onClick:n,children:a("reloadLatest")})]}):e(k,{error:t}):null}function J({title:t,list:n,listLabel:r,children:o}){return e("div",{class:"content-head",children:[e("p",{class:"content-back",children:e("a",{href:q(n),children:["← ",a("backToList"),"（",r,"）"]})}),e("h1",{children:t}),o]})}var Jr=b(`
  mutation ContentPublish($id: ID!, $at: DateTime) {
    publish(id: $id, at: $at) {
      id
    }
  }
`),xo=b(`
  mutation ContentUnpublish($id: ID!) {
    unpublish(id: $id) {
      id
    }
  }
`),ko=b(`
  mutation ContentArchive($id: ID!) {
    archive(id: $id) {
      id
    }
  }
`),wo=b(`
  mutation ContentRestoreDeleted($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),_o=b(`
  mutation ContentPreviewToken($id: ID!) {
    createPreviewToken(id: $id) {
      token
      expiresAt
    }
  }
`);function le(t){let n=Me(),r=ie(n,{resource:"content",action:"publish"}),o=ie(n,{resource:"content",action:"preview"}),i=ie(n,{resource:"content",action:"restore"}),[d,l]=h(null),[s,g]=h(""),[m,c]=h(""),[A,f]=h(!1),[p,P]=h(null),C=Y(async N=>{switch(c(""),N){case"publish":await x(Jr,{id:t.id,at:null}),c(a("published"));break;case"schedule":await x(Jr,{id:t.id,at:Ne(s)}),c(a("scheduled"));break;case"unpublish":await x(xo,{id:t.id}),c(a("unpublished"));break;case"archive":await x(ko,{id:t.id}),c(a("archived"));break;case"delete":await t.remove(t.id),f(!0),c(a("deleted",{title:t.title})),l(null);return;case"undo":await x(wo,{id:t.id}),f(!1),c(a("restored")),t.onRestored();return;case"preview":{let me=await x(_o,{id:t.id});P(me.createPreviewToken);return}}l(null),t.onChanged()}),D=N=>{C.run(N).then(()=>l(null))},M=te();if(A)return e("section",{"aria-labelledby":`${M}-h`,class:"content-panel",children:[e("h2",{id:`${M}-h`,children:a("secPublication")}),e(z,{children:m}),e(k,{error:C.error}),i&&e($,{variant:"primary",busy:C.busy,onClick:()=>D("undo"),"data-testid":"restore-deleted",children:a("restoreDeleted")})]});let _={publish:{title:a("confirmPublish"),body:a("confirmPublishBody",{title:t.title}),label:a("publishNow"),danger:!1},unpublish:{title:a("confirmUnpublish"),body:a("confirmUnpublishBody",{title:t.title}),label:a("unpublish"),danger:!0},archive:{title:a("confirmArchive"),body:a("confirmArchiveBody",{title:t.title}),label:a("archive"),danger:!0},delete:{title:a("confirmDelete"),body:a("confirmDeleteBody",{title:t.title}),label:a("delete"),danger:!0}},w=d?_[d]:null;return e("section",{"aria-labelledby":`${M}-h`,class:"content-panel","data-testid":"publication",children:[e("h2",{id:`${M}-h`,children:a("secPublication")}),t.state&&e("p",{children:[e(de,{state:t.state,publishedAt:t.publishedAt})," ",t.publishedAt&&(new Date(t.publishedAt).getTime()>Date.now()?a("scheduledAt",{at:E(t.publishedAt)}):a("publishedAt",{at:E(t.publishedAt)}))]}),t.pending&&e("p",{class:"content-pending",children:a("pendingNotice")}),e(z,{children:m}),e(k,{error:C.error}),t.state&&r&&e(I,{children:[e("div",{class:"actions",children:[e($,{variant:"primary",onClick:()=>l("publish"),"data-testid":"publish-now",children:a("publishNow")}),t.state!=="DRAFT"&&e($,{onClick:()=>l("unpublish"),"data-testid":"unpublish",children:a("unpublish")}),t.state!=="ARCHIVED"&&e($,{onClick:()=>l("archive"),"data-testid":"archive",children:a("archive")})]}),e("form",{class:"content-schedule",onSubmit:N=>{N.preventDefault(),s&&D("schedule")},children:e(X,{legend:a("publishAt"),children:[e(S,{label:a("publishAtLabel"),type:"datetime-local",value:s,onInput:g,help:a("publishAtHelp"),required:!0,testid:"publish-at"}),e($,{type:"submit",busy:C.busy,disabled:!s,"data-testid":"schedule",children:a("schedule")})]})})]}),e("div",{class:"actions",children:[o&&t.state&&e($,{onClick:()=>D("preview"),busy:C.busy,"data-testid":"make-preview",children:a("previewMake")}),p&&e("a",{class:"btn btn-link",href:q(`/preview/${p.token}`),"data-testid":"preview-link",children:a("previewLink",{at:E(p.expiresAt)})}),e($,{variant:"danger",onClick:()=>l("delete"),"data-testid":"delete",children:a("delete")})]}),e(Ae,{open:w!==null,title:w?.title??"",confirmLabel:w?.label,danger:w?.danger,busy:C.busy,onConfirm:()=>d&&D(d),onCancel:()=>l(null),children:e("p",{children:w?.body})})]})}var Mo=b(`
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
`),To=b(`
  mutation ContentRestoreRevision($id: ID!) {
    restoreRevision(id: $id) {
      id
    }
  }
`);function ue({id:t,version:n,onRestored:r}){let o=Me(),i=ie(o,{resource:"content",action:"readRevisions"}),d=ie(o,{resource:"content",action:"revisions"}),l=T(Mo,{id:t},!i),s=fe(n);W(()=>{s.current!==n&&(s.current=n,l.reload())},[n]);let[g,m]=h(null),[c,A]=h(""),f=Y(async C=>{await x(To,{id:C.id}),A(a("revRestored",{n:C.number})),m(null),r()}),p=te();if(!i)return null;let P=l.data?.revisions??[];return e("section",{"aria-labelledby":p,class:"content-panel",children:[e("h2",{id:p,children:a("secRevisions")}),e(z,{children:c}),e(k,{error:l.error??f.error}),P.length===0?e("p",{children:a("revNone")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"revisions",children:[e("caption",{class:"visually-hidden",children:a("revCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:a("revNumber")}),e("th",{scope:"col",children:a("revAuthor")}),e("th",{scope:"col",children:a("revAt")}),d&&e("th",{scope:"col",children:a("mediaOps")})]})}),e("tbody",{children:P.map(C=>e("tr",{children:[e("td",{children:[C.number," ",C.pending&&e(V,{tone:"warning",icon:"△",children:a("revPending")})]}),e("td",{children:C.author?.displayName??"—"}),e("td",{children:E(C.createdAt)}),d&&e("td",{children:e($,{variant:"link",onClick:()=>m({id:C.id,number:C.number}),"aria-label":a("revRestoreNamed",{n:C.number}),children:a("revRestore")})})]},C.id))})]})}),e(Ae,{open:g!==null,title:g?a("confirmRevRestore",{n:g.number}):"",confirmLabel:a("revRestore"),busy:f.busy,onConfirm:()=>g&&void f.run(g),onCancel:()=>m(null),children:e("p",{children:a("confirmRevRestoreBody")})})]})}b(`
  fragment ContentMediaItem on Media {
    id
    fileName
    contentType
    size
    url
    alt
  }
`);var No=b(`
  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
    attachMedia(contentId: $contentId, file: $file, alt: $alt) {
      id
      fileName
    }
  }
`),Eo=b(`
  mutation ContentUpdateMedia($id: ID!, $alt: String!) {
    updateMedia(id: $id, alt: $alt) {
      id
      alt
    }
  }
`),Oo=b(`
  mutation ContentDeleteMedia($id: ID!) {
    deleteMedia(id: $id)
  }
`);function Ro({m:t,onSaved:n}){let[r,o]=h(t.alt);W(()=>o(t.alt),[t.alt]);let i=Y(async()=>{await x(Eo,{id:t.id,alt:r}),n(a("mediaAltSaved",{file:t.fileName}))});return e("form",{class:"content-alt",onSubmit:d=>{d.preventDefault(),i.run()},children:[e(S,{label:a("mediaAltFor",{file:t.fileName}),value:r,onInput:o,maxLength:250,error:i.error?i.error.clerkMessage():void 0}),e($,{type:"submit",busy:i.busy,disabled:r===t.alt,children:a("mediaAltSave")})]})}function pe({contentId:t,media:n,onChanged:r}){let o=Me(),i=ie(o,{resource:"content",action:"media"}),[d,l]=h(null),[s,g]=h(""),[m,c]=h(""),[A,f]=h(""),[p,P]=h(null),C=Y(async w=>{let N=await nt(No,{contentId:t,file:null,alt:R(s)},[{path:"variables.file",file:d}]);c(a("mediaUploaded",{file:N.attachMedia.fileName})),l(null),g(""),w.reset(),r()}),D=Y(async w=>{await x(Oo,{id:w.id}),c(a("mediaDeleted",{file:w.fileName})),P(null),r()}),M=te(),_=te();return e("section",{"aria-labelledby":M,class:"content-panel","data-testid":"media",children:[e("h2",{id:M,children:a("secMedia")}),e(z,{children:m}),e(k,{error:C.error??D.error}),n.length===0?e("p",{children:a("mediaNone")}):e("ul",{class:"content-media",children:n.map(w=>e("li",{children:[e("p",{children:[e("strong",{children:w.fileName}),"（",w.contentType,"、",Lt(w.size),"）"," ",w.contentType.startsWith("image/")&&w.alt===""&&e(V,{tone:"warning",icon:"!",children:a("mediaAltMissing")})]}),i&&e("div",{class:"content-media-ops",children:[e(Ro,{m:w,onSaved:c}),e($,{variant:"danger",onClick:()=>P(w),"aria-label":a("mediaDeleteNamed",{file:w.fileName}),children:a("mediaDelete")})]})]},w.id))}),i&&e("form",{class:"content-upload",onSubmit:w=>{if(w.preventDefault(),f(""),!d)return f(a("mediaChoose"));if(d.type.startsWith("image/")&&s.trim()==="")return f(a("mediaAskAlt"));C.run(w.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:_,children:a("mediaFile")}),e("input",{id:_,type:"file",accept:"image/jpeg,image/png,image/gif,image/webp,application/pdf","aria-describedby":`${_}-help`,"data-testid":"media-file",onChange:w=>l(w.currentTarget.files?.[0]??null)}),e("p",{class:"help",id:`${_}-help`,children:a("mediaFileHelp")})]}),e(S,{label:a("mediaAlt"),value:s,onInput:g,help:a("mediaAltHelp"),maxLength:250,testid:"media-alt",error:A||void 0}),e($,{type:"submit",variant:"primary",busy:C.busy,"data-testid":"media-upload",children:a("mediaUpload")})]}),e(Ae,{open:p!==null,title:p?a("confirmMediaDelete",{file:p.fileName}):"",confirmLabel:a("mediaDelete"),danger:!0,busy:D.busy,onConfirm:()=>p&&void D.run(p),onCancel:()=>P(null)})]})}var ye=["CITY","PARTNER"],ut=["PEOPLE","GOODS","MONEY","INFORMATION"];function pt(t){let n={};for(let r of t){let o=`${r.side}/${r.kind}`;n[o]=n[o]?`${n[o]}
${r.description}`:r.description}return n}function ct(t){let n=[];for(let r of ye)for(let o of ut){let i=(t[`${r}/${o}`]??"").trim();i&&n.push({side:r,kind:o,description:i})}return n}function mt({value:t,onChange:n}){let r=te();return e(X,{legend:a("resources"),children:[e("p",{class:"help",children:a("resourcesHelp")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix content-matrix","data-testid":"resources-editor",children:[e("caption",{class:"visually-hidden",children:a("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:a("kindCol")}),ye.map(o=>e("th",{scope:"col",children:a(`side${o}`)},o))]})}),e("tbody",{children:ut.map(o=>e("tr",{children:[e("th",{scope:"row",children:a(`res${o}`)}),ye.map(i=>{let d=`${r}-${i}-${o}`;return e("td",{children:[e("label",{for:d,class:"visually-hidden",children:a("resCell",{side:a(`side${i}`),kind:a(`res${o}`)})}),e("textarea",{id:d,rows:3,value:t[`${i}/${o}`]??"","data-testid":`res-${i}-${o}`,onInput:l=>n({...t,[`${i}/${o}`]:l.currentTarget.value})})]},i)})]},o))})]})})]})}function Ee(t){let n={CITY:"",PARTNER:""};for(let r of t)n[r.side]=n[r.side]?`${n[r.side]}
${r.description}`:r.description;return n}function Oe(t){return ye.flatMap(n=>we(t[n],!0).map(r=>({side:n,description:r})))}function Re({value:t,onChange:n}){return e(X,{legend:a("merits"),class:"content-merits",children:ye.map(r=>e(Q,{label:a("meritFor",{side:a(`side${r}`)}),help:a("meritHelp"),value:t[r],rows:3,testid:`merit-${r}`,onInput:o=>n({...t,[r]:o})},r))})}function se(t){return e(I,{children:[e("div",{class:"content-listhead",children:[e("h1",{children:t.title}),t.newLabel&&t.newPath&&e("a",{class:"btn btn-primary",href:q(t.newPath),"data-testid":"new-item",children:["＋ ",t.newLabel]})]}),t.filters&&e("form",{class:"content-filters",role:"search",onSubmit:n=>{n.preventDefault(),t.onApply?.()},children:e(X,{legend:a("filters"),children:[e("div",{class:"content-filter-row",children:t.filters}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary",children:a("apply")}),e($,{onClick:t.onClear,children:a("clear")})]})]})}),t.children]})}function ce(t){let[n,r]=h(t),[o,i]=h(t),[d,l]=h(null);return{draft:n,setDraft:r,filter:o,apply:()=>{i(n),l(null)},clear:()=>{r(t),i(t),l(null)},after:d,setAfter:l}}var Z=20,Lo=b(`
  query ContentDepartments {
    municipality {
      departments {
        id
        name
      }
    }
  }
`);function Le(t){let n=T(Lo,{}),r=[{value:"",label:t.noneLabel},...(n.data?.municipality.departments??[]).map(o=>({value:o.id,label:o.name}))];return e(F,{label:t.label,value:t.value,onChange:t.onChange,options:r,testid:t.testid})}var Fo=b(`
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
`);function Fe({legend:t,value:n,onChange:r}){let[o,i]=h(""),[d,l]=h(""),s=T(Fo,{search:R(d)}),g=new Set(n.map(f=>f.id)),m=(s.data?.partners.edges??[]).map(f=>f.node).filter(f=>!g.has(f.id)),c=(f,p)=>r(p?[...n,f]:n.filter(P=>P.id!==f.id)),A=te();return e(X,{legend:t,class:"content-partners",children:[e("ul",{class:"content-checks",children:[...n,...m].map(f=>e("li",{children:[e("input",{id:`${A}-${f.id}`,type:"checkbox",checked:g.has(f.id),onChange:p=>c(f,p.currentTarget.checked)})," ",e("label",{for:`${A}-${f.id}`,children:f.name})]},f.id))}),m.length===0&&n.length===0&&e("p",{children:a("partnerNone")}),e("div",{class:"content-inline",children:[e(S,{label:a("partnerSearch"),type:"search",value:o,onInput:i}),e($,{onClick:()=>l(o),children:a("apply")})]})]})}var Xr=["BUSINESS","COMPREHENSIVE","MEMORANDUM"],ei=["PLANNED","ACTIVE","EXPIRED","TERMINATED"],qo=b(`
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
`);function ti(t){let n=ce({search:"",kind:"",status:""}),r={search:R(n.filter.search),kind:R(n.filter.kind),status:R(n.filter.status)},o=T(qo,{first:Z,after:n.after,filter:r});return e(se,{title:a("listAgreements"),newLabel:a("newAgreement"),newPath:"/content/agreements/new",onApply:n.apply,onClear:n.clear,filters:e(I,{children:[e(S,{label:a("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:a("searchHelp")}),e(F,{label:a("agreementKind"),value:n.draft.kind,onChange:i=>n.setDraft({...n.draft,kind:i}),options:ne(Xr,i=>a(`ak${i}`),a("any"))}),e(F,{label:a("agreementStatus"),value:n.draft.status,onChange:i=>n.setDraft({...n.draft,status:i}),options:ne(ei,i=>a(`as${i}`),a("any"))})]}),children:[e(k,{error:o.error,onRetry:()=>{o.reload()},retryLabel:y("retry")}),o.loading&&!o.data&&e(U,{label:y("loading")}),e(ee,{caption:a("listAgreements"),testid:"agreement-list",page:o.data?.agreements,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:Z,columns:[{header:a("colTitle"),cell:i=>e("a",{href:q(`/content/agreements/${i.id}`),children:i.title})},{header:a("parties"),cell:i=>i.parties.map(d=>d.name).join("、")||"—"},{header:a("colKind"),cell:i=>a(`ak${i.kind}`)},{header:a("colSigned"),cell:i=>j(i.signedOn)||"—"},{header:a("colStatus"),cell:i=>a(`as${i.status}`)},{header:a("colState"),cell:i=>e(de,{state:i.publicationState,publishedAt:i.publishedAt})},{header:a("colUpdated"),cell:i=>E(i.updatedAt)}]})]})}var jo=b(`
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
`),Uo=b(`
  mutation ContentAgreementCreate($input: AgreementInput!) {
    createAgreement(input: $input) {
      id
    }
  }
`),Bo=b(`
  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
    updateAgreement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Ko=b(`
  mutation ContentAgreementDelete($id: ID!) {
    deleteAgreement(id: $id)
  }
`),Vo={kind:"BUSINESS",title:"",purpose:"",parties:[],signedOn:"",termStartOn:"",termEndOn:"",items:"",merits:{CITY:"",PARTNER:""},status:"PLANNED"};function Zr(t){return{kind:t.kind,title:t.title,purpose:t.purpose,partyIds:t.parties.map(n=>n.id),signedOn:R(t.signedOn),termStartOn:R(t.termStartOn),termEndOn:R(t.termEndOn),items:we(t.items,!0),merits:Oe(t.merits),status:t.status}}function ni({params:t}){let n=t.id==="new",r=T(jo,{id:t.id??""},n),o=n?null:r.data?.agreement,i=oe({q:r,item:o,blank:Vo,toForm:s=>({kind:s.kind,title:s.title,purpose:s.purpose,parties:s.parties.map(g=>({id:g.id,name:g.name})),signedOn:s.signedOn??"",termStartOn:s.termStartOn??"",termEndOn:s.termEndOn??"",items:s.items.join(`
`),merits:Ee(s.merits),status:s.status}),create:async s=>(await x(Uo,{input:Zr(s)})).createAgreement.id,update:(s,g)=>x(Bo,{id:t.id,input:Zr(s),version:g}),path:s=>`/content/agreements/${s}`}),d=n?a("newAgreement"):a("editAgreement");if(!n&&!o)return e(I,{children:[e(J,{title:d,list:"/content/agreements",listLabel:a("listAgreements")}),r.loading?e(U,{label:y("loading")}):e(k,{error:r.error,onRetry:()=>{r.reload()},retryLabel:y("retry")})]});let l=i.form;return e(I,{children:[e(J,{title:d,list:"/content/agreements",listLabel:a("listAgreements"),children:o&&e("p",{class:"content-sub",children:a("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:s=>{s.preventDefault(),i.save()},children:[e(z,{children:i.notice}),e(ae,{error:i.error,onReload:i.reload}),e(S,{label:a("name"),value:l.title,onInput:s=>i.set("title",s),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(F,{label:a("agreementKind"),value:l.kind,onChange:s=>i.set("kind",s),options:ne(Xr,s=>a(`ak${s}`))}),e(F,{label:a("agreementStatus"),value:l.status,onChange:s=>i.set("status",s),options:ne(ei,s=>a(`as${s}`))})]}),e(Q,{label:a("purpose"),value:l.purpose,onInput:s=>i.set("purpose",s),rows:4}),e(Fe,{legend:a("parties"),value:l.parties,onChange:s=>i.set("parties",s)}),e(Q,{label:a("items"),value:l.items,onInput:s=>i.set("items",s),help:a("itemsHelp"),rows:5,testid:"field-items"}),e(S,{label:a("signedOn"),type:"date",value:l.signedOn,onInput:s=>i.set("signedOn",s),help:j(l.signedOn),testid:"field-signed"}),e("div",{class:"content-pair",children:[e(S,{label:a("termStartOn"),type:"date",value:l.termStartOn,onInput:s=>i.set("termStartOn",s),help:j(l.termStartOn),testid:"field-term-start"}),e(S,{label:a("termEndOn"),type:"date",value:l.termEndOn,onInput:s=>i.set("termEndOn",s),help:j(l.termEndOn),testid:"field-term-end"})]}),e(Re,{value:l.merits,onChange:s=>i.set("merits",s)}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?a("create"):a("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(le,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:s=>x(Ko,{id:s}),onChanged:i.reload,onRestored:i.reload}),e(pe,{contentId:o.id,media:o.media,onChanged:i.reload}),e(ue,{id:o.id,version:o.version,onRestored:i.reload})]}):e("p",{class:"help",children:a("mediaAfterCreate")})]})]})}var Ho=b(`
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
`);function ii(t){let n=ce({search:"",category:""}),r={search:R(n.filter.search),category:R(n.filter.category)},o=T(Ho,{first:Z,after:n.after,filter:r});return e(se,{title:a("listAnnouncements"),newLabel:a("newAnnouncement"),newPath:"/content/announcements/new",onApply:n.apply,onClear:n.clear,filters:e(I,{children:[e(S,{label:a("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:a("searchHelp")}),e(S,{label:a("annCategory"),value:n.draft.category,onInput:i=>n.setDraft({...n.draft,category:i}),help:a("annCategoryHelp")})]}),children:[e(k,{error:o.error,onRetry:()=>{o.reload()},retryLabel:y("retry")}),o.loading&&!o.data&&e(U,{label:y("loading")}),e(ee,{caption:a("listAnnouncements"),testid:"announcement-list",page:o.data?.announcements,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:Z,columns:[{header:a("colTitle"),cell:i=>e("a",{href:q(`/content/announcements/${i.id}`),children:i.title})},{header:a("colCategory"),cell:i=>i.category||"—"},{header:a("colState"),cell:i=>e(de,{state:i.publicationState,publishedAt:i.publishedAt})},{header:a("colUpdated"),cell:i=>E(i.updatedAt)}]})]})}var zo=b(`
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
`),Qo=b(`
  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
    createAnnouncement(input: $input) {
      id
    }
  }
`),Go=b(`
  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
    updateAnnouncement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Wo=b(`
  mutation ContentAnnouncementDelete($id: ID!) {
    deleteAnnouncement(id: $id)
  }
`),Yo={title:"",body:"",category:""};function ri(t){return{title:t.title,body:t.body,category:t.category}}function oi({params:t}){let n=t.id==="new",r=T(zo,{id:t.id??""},n),o=n?null:r.data?.announcement,i=oe({q:r,item:o,blank:Yo,toForm:s=>({title:s.title,body:s.body,category:s.category}),create:async s=>(await x(Qo,{input:ri(s)})).createAnnouncement.id,update:(s,g)=>x(Go,{id:t.id,input:ri(s),version:g}),path:s=>`/content/announcements/${s}`}),d=n?a("newAnnouncement"):a("editAnnouncement");if(!n&&!o)return e(I,{children:[e(J,{title:d,list:"/content/announcements",listLabel:a("listAnnouncements")}),r.loading?e(U,{label:y("loading")}):e(k,{error:r.error,onRetry:()=>{r.reload()},retryLabel:y("retry")})]});let l=i.form;return e(I,{children:[e(J,{title:d,list:"/content/announcements",listLabel:a("listAnnouncements"),children:o&&e("p",{class:"content-sub",children:a("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:s=>{s.preventDefault(),i.save()},children:[e(z,{children:i.notice}),e(ae,{error:i.error,onReload:i.reload}),e(S,{label:a("title"),value:l.title,onInput:s=>i.set("title",s),required:!0,maxLength:200,testid:"field-title"}),e(S,{label:a("annCategory"),value:l.category,onInput:s=>i.set("category",s),help:a("annCategoryHelp"),maxLength:50}),e(Q,{label:a("body"),value:l.body,onInput:s=>i.set("body",s),rows:10,testid:"field-body"}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?a("create"):a("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(le,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:s=>x(Wo,{id:s}),onChanged:i.reload,onRestored:i.reload}),e(pe,{contentId:o.id,media:o.media,onChanged:i.reload}),e(ue,{id:o.id,version:o.version,onRestored:i.reload})]}):e("p",{class:"help",children:a("mediaAfterCreate")})]})]})}var si=["PARTNERSHIP","DEMONSTRATION","AGREEMENT","OTHER"],Jo=b(`
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
`);function di(t){let n=ce({search:"",category:"",locality:""}),r={search:R(n.filter.search),category:R(n.filter.category)??null,locality:R(n.filter.locality)},o=T(Jo,{first:Z,after:n.after,filter:r});return e(se,{title:a("listCaseStudies"),newLabel:a("newCaseStudy"),newPath:"/content/case-studies/new",onApply:n.apply,onClear:n.clear,filters:e(I,{children:[e(S,{label:a("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:a("searchHelp")}),e(F,{label:a("category"),value:n.draft.category,onChange:i=>n.setDraft({...n.draft,category:i}),options:ne(si,i=>a(`cat${i}`),a("any"))}),e(S,{label:a("locality"),value:n.draft.locality,onInput:i=>n.setDraft({...n.draft,locality:i})})]}),children:[e(k,{error:o.error,onRetry:()=>{o.reload()},retryLabel:y("retry")}),o.loading&&!o.data&&e(U,{label:y("loading")}),e(ee,{caption:a("listCaseStudies"),testid:"case-study-list",page:o.data?.caseStudies,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:Z,columns:[{header:a("colTitle"),cell:i=>e("a",{href:q(`/content/case-studies/${i.id}`),children:i.title})},{header:a("colLocality"),cell:i=>i.locality||"—"},{header:a("colCategory"),cell:i=>a(`cat${i.category}`)},{header:a("colPeriod"),cell:i=>i.startOn||i.endOn?`${j(i.startOn)} 〜 ${j(i.endOn)}`:"—"},{header:a("colState"),cell:i=>e(de,{state:i.publicationState,publishedAt:i.publishedAt})},{header:a("colUpdated"),cell:i=>E(i.updatedAt)}]})]})}var Zo=b(`
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
`),Xo=b(`
  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
    createCaseStudy(input: $input) {
      id
    }
  }
`),ea=b(`
  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
    updateCaseStudy(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),ta=b(`
  mutation ContentCaseStudyDelete($id: ID!) {
    deleteCaseStudy(id: $id)
  }
`),na={title:"",locality:"",program:"",category:"PARTNERSHIP",partners:[],startOn:"",endOn:"",dateNote:"",summary:"",resources:{},merits:{CITY:"",PARTNER:""},tags:""};function ai(t){return{title:t.title,locality:t.locality,program:t.program,category:t.category,partnerIds:t.partners.map(n=>n.id),startOn:R(t.startOn),endOn:R(t.endOn),dateNote:t.dateNote,summary:t.summary,resources:ct(t.resources),merits:Oe(t.merits),tags:we(t.tags)}}function li({params:t}){let n=t.id==="new",r=T(Zo,{id:t.id??""},n),o=n?null:r.data?.caseStudy,i=oe({q:r,item:o,blank:na,toForm:s=>({title:s.title,locality:s.locality,program:s.program,category:s.category,partners:s.partners.map(g=>({id:g.id,name:g.name})),startOn:s.startOn??"",endOn:s.endOn??"",dateNote:s.dateNote,summary:s.summary,resources:pt(s.resources),merits:Ee(s.merits),tags:s.tags.join("、")}),create:async s=>(await x(Xo,{input:ai(s)})).createCaseStudy.id,update:(s,g)=>x(ea,{id:t.id,input:ai(s),version:g}),path:s=>`/content/case-studies/${s}`}),d=n?a("newCaseStudy"):a("editCaseStudy");if(!n&&!o)return e(I,{children:[e(J,{title:d,list:"/content/case-studies",listLabel:a("listCaseStudies")}),r.loading?e(U,{label:y("loading")}):e(k,{error:r.error,onRetry:()=>{r.reload()},retryLabel:y("retry")})]});let l=i.form;return e(I,{children:[e(J,{title:d,list:"/content/case-studies",listLabel:a("listCaseStudies"),children:o&&e("p",{class:"content-sub",children:a("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:s=>{s.preventDefault(),i.save()},children:[e(z,{children:i.notice}),e(ae,{error:i.error,onReload:i.reload}),e(S,{label:a("name"),value:l.title,onInput:s=>i.set("title",s),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(S,{label:a("locality"),value:l.locality,onInput:s=>i.set("locality",s),help:a("localityHelp"),maxLength:100,testid:"field-locality"}),e(S,{label:a("program"),value:l.program,onInput:s=>i.set("program",s),maxLength:100})]}),e(F,{label:a("category"),value:l.category,onChange:s=>i.set("category",s),options:ne(si,s=>a(`cat${s}`)),testid:"field-category"}),e("div",{class:"content-pair",children:[e(S,{label:a("startOn"),type:"date",value:l.startOn,onInput:s=>i.set("startOn",s),help:j(l.startOn),testid:"field-start"}),e(S,{label:a("endOn"),type:"date",value:l.endOn,onInput:s=>i.set("endOn",s),help:j(l.endOn),testid:"field-end"})]}),e(S,{label:a("dateNote"),value:l.dateNote,onInput:s=>i.set("dateNote",s),help:a("dateNoteHelp"),maxLength:250}),e(Q,{label:a("summary"),value:l.summary,onInput:s=>i.set("summary",s),rows:6,testid:"field-summary"}),e(Fe,{legend:a("partners"),value:l.partners,onChange:s=>i.set("partners",s)}),e(mt,{value:l.resources,onChange:s=>i.set("resources",s)}),e(Re,{value:l.merits,onChange:s=>i.set("merits",s)}),e(S,{label:a("tags"),value:l.tags,onInput:s=>i.set("tags",s),help:a("tagsHelp")}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?a("create"):a("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(le,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:s=>x(ta,{id:s}),onChanged:i.reload,onRestored:i.reload}),e(pe,{contentId:o.id,media:o.media,onChanged:i.reload}),e(ue,{id:o.id,version:o.version,onRestored:i.reload})]}):e("p",{class:"help",children:a("mediaAfterCreate")})]})]})}var ra=b(`
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
`);function pi(t){let n=ce({search:"",departmentId:"",isOpen:""}),r={search:R(n.filter.search),departmentId:R(n.filter.departmentId),isOpen:n.filter.isOpen===""?null:n.filter.isOpen==="true"},o=T(ra,{first:Z,after:n.after,filter:r});return e(se,{title:a("listChallenges"),newLabel:a("newChallenge"),newPath:"/content/challenges/new",onApply:n.apply,onClear:n.clear,filters:e(I,{children:[e(S,{label:a("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:a("searchHelp")}),e(Le,{label:a("department"),value:n.draft.departmentId,onChange:i=>n.setDraft({...n.draft,departmentId:i}),noneLabel:a("any")}),e(F,{label:a("isOpen"),value:n.draft.isOpen,onChange:i=>n.setDraft({...n.draft,isOpen:i}),options:[{value:"",label:a("any")},{value:"true",label:a("open")},{value:"false",label:a("closed")}]})]}),children:[e(k,{error:o.error,onRetry:()=>{o.reload()},retryLabel:y("retry")}),o.loading&&!o.data&&e(U,{label:y("loading")}),e(ee,{caption:a("listChallenges"),testid:"challenge-list",page:o.data?.challenges,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:Z,columns:[{header:a("colTitle"),cell:i=>e("a",{href:q(`/content/challenges/${i.id}`),children:i.title})},{header:a("colDepartment"),cell:i=>i.department?.name??"—"},{header:a("colPeriod"),cell:i=>i.opensAt||i.closesAt?`${E(i.opensAt)} 〜 ${E(i.closesAt)}`:"—"},{header:a("colState"),cell:i=>e(de,{state:i.publicationState,publishedAt:i.publishedAt})},{header:a("colUpdated"),cell:i=>E(i.updatedAt)}]})]})}var ia=b(`
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
`),oa=b(`
  mutation ContentChallengeCreate($input: ChallengeInput!) {
    createChallenge(input: $input) {
      id
    }
  }
`),aa=b(`
  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
    updateChallenge(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),sa=b(`
  mutation ContentChallengeDelete($id: ID!) {
    deleteChallenge(id: $id)
  }
`),da={title:"",background:"",desiredOutcome:"",departmentId:"",tags:"",opensAt:"",closesAt:""};function ui(t){return{title:t.title,background:t.background,desiredOutcome:t.desiredOutcome,departmentId:R(t.departmentId),tags:we(t.tags),opensAt:Ne(t.opensAt),closesAt:Ne(t.closesAt)}}function ci({params:t}){let n=t.id==="new",r=T(ia,{id:t.id??""},n),o=n?null:r.data?.challenge,i=oe({q:r,item:o,blank:da,toForm:s=>({title:s.title,background:s.background,desiredOutcome:s.desiredOutcome,departmentId:s.department?.id??"",tags:s.tags.join("、"),opensAt:Rt(s.opensAt),closesAt:Rt(s.closesAt)}),create:async s=>(await x(oa,{input:ui(s)})).createChallenge.id,update:(s,g)=>x(aa,{id:t.id,input:ui(s),version:g}),path:s=>`/content/challenges/${s}`}),d=n?a("newChallenge"):a("editChallenge");if(!n&&!o)return e(I,{children:[e(J,{title:d,list:"/content/challenges",listLabel:a("listChallenges")}),r.loading?e(U,{label:y("loading")}):e(k,{error:r.error,onRetry:()=>{r.reload()},retryLabel:y("retry")})]});let l=i.form;return e(I,{children:[e(J,{title:d,list:"/content/challenges",listLabel:a("listChallenges"),children:o&&e("p",{class:"content-sub",children:a("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:s=>{s.preventDefault(),i.save()},children:[e(z,{children:i.notice}),e(ae,{error:i.error,onReload:i.reload}),e(S,{label:a("title"),value:l.title,onInput:s=>i.set("title",s),required:!0,maxLength:200,testid:"field-title"}),e(Le,{label:a("department"),value:l.departmentId,onChange:s=>i.set("departmentId",s),noneLabel:a("noDepartment"),testid:"field-department"}),e(Q,{label:a("background"),value:l.background,onInput:s=>i.set("background",s),rows:6}),e(Q,{label:a("desiredOutcome"),value:l.desiredOutcome,onInput:s=>i.set("desiredOutcome",s),rows:4}),e(S,{label:a("tags"),value:l.tags,onInput:s=>i.set("tags",s),help:a("tagsHelp")}),e("div",{class:"content-pair",children:[e(S,{label:a("opensAt"),type:"datetime-local",value:l.opensAt,onInput:s=>i.set("opensAt",s),help:E(Ne(l.opensAt))}),e(S,{label:a("closesAt"),type:"datetime-local",value:l.closesAt,onInput:s=>i.set("closesAt",s),help:E(Ne(l.closesAt))})]}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?a("create"):a("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(le,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:s=>x(sa,{id:s}),onChanged:i.reload,onRestored:i.reload}),e(pe,{contentId:o.id,media:o.media,onChanged:i.reload}),e(ue,{id:o.id,version:o.version,onRestored:i.reload})]}):e("p",{class:"help",children:a("mediaAfterCreate")})]})]})}var la=b(`
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
`);function gi(t){let[n,r]=h(null),o=T(la,{first:Z,after:n});return e(se,{title:a("listMethods"),newLabel:a("newMethod"),newPath:"/content/methods/new",children:[e(k,{error:o.error,onRetry:()=>{o.reload()},retryLabel:y("retry")}),o.loading&&!o.data&&e(U,{label:y("loading")}),e(ee,{caption:a("listMethods"),testid:"method-list",page:o.data?.collaborationMethods,after:n,onAfter:r,resetKey:"",rowKey:i=>i.id,pageSize:Z,columns:[{header:a("colPosition"),cell:i=>i.position},{header:a("colName"),cell:i=>e("a",{href:q(`/content/methods/${i.id}`),children:i.name})},{header:a("colKey"),cell:i=>e("code",{children:i.key})}]})]})}var ua=b(`
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
`),pa=b(`
  mutation ContentMethodCreate($input: CollaborationMethodInput!) {
    createCollaborationMethod(input: $input) {
      id
    }
  }
`),ca=b(`
  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
    updateCollaborationMethod(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),ma=b(`
  mutation ContentMethodDelete($id: ID!) {
    deleteCollaborationMethod(id: $id)
  }
`),ga=b(`
  mutation ContentMethodRestore($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),fa={key:"",name:"",description:"",position:"0"};function mi(t){let n=Number.parseInt(t.position,10);return{key:t.key,name:t.name,description:t.description,position:Number.isFinite(n)?n:0}}function fi({params:t}){let n=t.id==="new",r=T(ua,{id:t.id??""},n),o=n?null:r.data?.collaborationMethod,i=oe({q:r,item:o,blank:fa,toForm:f=>({key:f.key,name:f.name,description:f.description,position:String(f.position)}),create:async f=>(await x(pa,{input:mi(f)})).createCollaborationMethod.id,update:(f,p)=>x(ca,{id:t.id,input:mi(f),version:p}),path:f=>`/content/methods/${f}`}),[d,l]=h(!1),[s,g]=h(!1),m=Y(async f=>{if(f){await x(ga,{id:t.id}),g(!1),i.setNotice(a("restored")),i.reload();return}await x(ma,{id:t.id}),l(!1),g(!0),i.setNotice(a("deleted",{title:o?.name??""}))}),c=n?a("newMethod"):a("editMethod");if(s)return e(I,{children:[e(J,{title:c,list:"/content/methods",listLabel:a("listMethods")}),e(z,{children:i.notice}),e(k,{error:m.error}),e($,{variant:"primary",busy:m.busy,onClick:()=>{m.run(!0)},"data-testid":"restore-deleted",children:a("restoreDeleted")})]});if(!n&&!o)return e(I,{children:[e(J,{title:c,list:"/content/methods",listLabel:a("listMethods")}),r.loading?e(U,{label:y("loading")}):e(k,{error:r.error,onRetry:()=>{r.reload()},retryLabel:y("retry")})]});let A=i.form;return e(I,{children:[e(J,{title:c,list:"/content/methods",listLabel:a("listMethods"),children:o&&e("p",{class:"content-sub",children:a("version",{n:o.version})})}),e("form",{class:"content-form",onSubmit:f=>{f.preventDefault(),i.save()},children:[e(z,{children:i.notice}),e(ae,{error:i.error,onReload:i.reload}),e(k,{error:m.error}),e(S,{label:a("name"),value:A.name,onInput:f=>i.set("name",f),required:!0,maxLength:200,testid:"field-title"}),e(S,{label:a("methodKey"),value:A.key,onInput:f=>i.set("key",f),help:a("methodKeyHelp"),required:!0,maxLength:50}),e(Q,{label:a("description"),value:A.description,onInput:f=>i.set("description",f),rows:6}),e(S,{label:a("position"),type:"number",value:A.position,onInput:f=>i.set("position",f)}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?a("create"):a("saveDraft")}),o&&e($,{variant:"danger",onClick:()=>l(!0),"data-testid":"delete",children:a("delete")})]})]}),e(Ae,{open:d,title:a("confirmDelete"),confirmLabel:a("delete"),danger:!0,busy:m.busy,onConfirm:()=>{m.run(!1)},onCancel:()=>l(!1),children:e("p",{children:a("confirmDeleteBody",{title:o?.name??""})})})]})}var ya=b(`
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
`);async function ha(t){let n={"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},r=xe();r&&(n.Authorization=`Bearer ${r}`);let o;try{o=await fetch(_t("graphql"),{method:"POST",headers:n,credentials:"omit",cache:"no-store",body:JSON.stringify({query:ya.toString(),variables:{token:t}})})}catch{throw new K("NETWORK","")}let i=await o.json().catch(()=>({}));if(i.errors?.length){let d=i.errors[0].extensions?.code;throw new K(d==="UNAUTHENTICATED"||d==="NOT_FOUND"?"NOT_FOUND":"INTERNAL",i.errors[0].message)}if(!i.data)throw new K("UNAVAILABLE",`HTTP ${o.status}`);return i.data}function qe({text:t}){return t?e(I,{children:t.split(/\n{2,}/).map((n,r)=>e("p",{class:"content-pre",children:n},r))}):e("p",{class:"muted",children:"—"})}function B({label:t,value:n}){return e("div",{children:[e("dt",{children:t}),e("dd",{children:n||"—"})]})}function yi({rs:t}){return e("div",{class:"table-wrap",children:e("table",{class:"table matrix",children:[e("caption",{children:a("resources")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:a("kindCol")}),ye.map(n=>e("th",{scope:"col",children:a(`side${n}`)},n))]})}),e("tbody",{children:ut.map(n=>e("tr",{children:[e("th",{scope:"row",children:a(`res${n}`)}),ye.map(r=>e("td",{class:"content-pre",children:t.filter(o=>o.side===r&&o.kind===n).map(o=>o.description).join(`
`)||"—"},r))]},n))})]})})}function Ft({ms:t}){return e(I,{children:[e("h2",{children:a("merits")}),ye.map(n=>e("div",{children:[e("h3",{children:a("meritFor",{side:a(`side${n}`)})}),e("ul",{children:t.filter(r=>r.side===n).map((r,o)=>e("li",{children:r.description},o))})]},n))]})}function Qe({media:t}){return t.length===0?null:e(I,{children:[e("h2",{children:a("secMedia")}),e("ul",{children:t.map(n=>e("li",{children:[n.fileName,"（",Lt(n.size),"）",n.alt?`: ${n.alt}`:""]},n.id))})]})}function ba({n:t}){switch(t.__typename){case"Challenge":return e(I,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(B,{label:a("department"),value:t.department?.name}),e(B,{label:a("opensAt"),value:E(t.opensAt)}),e(B,{label:a("closesAt"),value:E(t.closesAt)}),e(B,{label:a("tags"),value:t.tags.join("、")})]}),e("h2",{children:a("background")}),e(qe,{text:t.background}),e("h2",{children:a("desiredOutcome")}),e(qe,{text:t.desiredOutcome}),e(Qe,{media:t.media})]});case"CaseStudy":return e(I,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(B,{label:a("locality"),value:t.locality}),e(B,{label:a("program"),value:t.program}),e(B,{label:a("category"),value:a(`cat${t.caseCategory}`)}),e(B,{label:a("startOn"),value:j(t.startOn)}),e(B,{label:a("endOn"),value:j(t.endOn)}),e(B,{label:a("dateNote"),value:t.dateNote}),e(B,{label:a("partners"),value:t.partners.map(n=>n.name).join("、")}),e(B,{label:a("tags"),value:t.tags.join("、")})]}),e("h2",{children:a("summary")}),e(qe,{text:t.summary}),e(yi,{rs:t.resources}),e(Ft,{ms:t.merits}),e(Qe,{media:t.media})]});case"Agreement":return e(I,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(B,{label:a("agreementKind"),value:a(`ak${t.agreementKind}`)}),e(B,{label:a("agreementStatus"),value:a(`as${t.agreementStatus}`)}),e(B,{label:a("parties"),value:t.parties.map(n=>n.name).join("、")}),e(B,{label:a("signedOn"),value:j(t.signedOn)}),e(B,{label:a("termStartOn"),value:j(t.termStartOn)}),e(B,{label:a("termEndOn"),value:j(t.termEndOn)})]}),e("h2",{children:a("purpose")}),e(qe,{text:t.purpose}),e("h2",{children:a("items")}),e("ul",{children:t.items.map((n,r)=>e("li",{children:n},r))}),e(Ft,{ms:t.merits}),e(Qe,{media:t.media})]});case"Project":return e(I,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(B,{label:a("projectKind"),value:a(`pk${t.projectKind}`)}),e(B,{label:a("projectStatus"),value:a(`ps${t.projectStatus}`)}),e(B,{label:a("leadDepartment"),value:t.leadDepartment?.name}),e(B,{label:a("startOn"),value:j(t.startOn)}),e(B,{label:a("endOn"),value:j(t.endOn)}),e(B,{label:a("site"),value:t.site}),e(B,{label:a("partners"),value:t.partners.map(n=>n.name).join("、")})]}),e("h2",{children:a("summary")}),e(qe,{text:t.summary}),e(yi,{rs:t.resources}),e(Ft,{ms:t.merits}),e(Qe,{media:t.media})]});case"Announcement":return e(I,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:e(B,{label:a("annCategory"),value:t.category})}),e(qe,{text:t.body}),e(Qe,{media:t.media})]});default:return e("h1",{children:a("previewTitle")})}}function hi({params:t}){let n=t.token??"",[r,o]=h(null),[i,d]=h(null);return W(()=>{let l=!0;return o(null),d(null),ha(n).then(s=>l&&o(s),s=>l&&d(s instanceof K?s:new K("INTERNAL",String(s)))),()=>{l=!1}},[n]),i?e(I,{children:[e("h1",{children:a("previewTitle")}),i.code==="NOT_FOUND"?e("p",{role:"alert",children:a("previewGone")}):e(k,{error:i})]}):r?r.preview?e("article",{class:"content-preview","data-testid":"preview",children:[e("p",{children:[e(V,{tone:"warning",icon:"◎",children:a("previewTitle")})," ",a("previewNote")]}),e(ba,{n:r.preview})]}):e(I,{children:[e("h1",{children:a("previewTitle")}),e("p",{role:"alert",children:a("previewGone")})]}):e(U,{label:y("loading")})}var Ci=["PARTNERSHIP","DEMONSTRATION"],Ai=["PLANNED","ONGOING","COMPLETED","CANCELLED"],Ca=b(`
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
`);function vi(t){let n=ce({search:"",kind:"",status:"",departmentId:""}),r={search:R(n.filter.search),kind:R(n.filter.kind),status:R(n.filter.status),departmentId:R(n.filter.departmentId)},o=T(Ca,{first:Z,after:n.after,filter:r});return e(se,{title:a("listProjects"),newLabel:a("newProject"),newPath:"/content/projects/new",onApply:n.apply,onClear:n.clear,filters:e(I,{children:[e(S,{label:a("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:a("searchHelp")}),e(F,{label:a("projectKind"),value:n.draft.kind,onChange:i=>n.setDraft({...n.draft,kind:i}),options:ne(Ci,i=>a(`pk${i}`),a("any"))}),e(F,{label:a("projectStatus"),value:n.draft.status,onChange:i=>n.setDraft({...n.draft,status:i}),options:ne(Ai,i=>a(`ps${i}`),a("any"))}),e(Le,{label:a("leadDepartment"),value:n.draft.departmentId,onChange:i=>n.setDraft({...n.draft,departmentId:i}),noneLabel:a("any")})]}),children:[e(k,{error:o.error,onRetry:()=>{o.reload()},retryLabel:y("retry")}),o.loading&&!o.data&&e(U,{label:y("loading")}),e(ee,{caption:a("listProjects"),testid:"project-list",page:o.data?.projects,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:Z,columns:[{header:a("colTitle"),cell:i=>e("a",{href:q(`/content/projects/${i.id}`),children:i.title})},{header:a("colKind"),cell:i=>a(`pk${i.kind}`)},{header:a("colDepartment"),cell:i=>i.leadDepartment?.name??"—"},{header:a("colPeriod"),cell:i=>i.startOn||i.endOn?`${j(i.startOn)} 〜 ${j(i.endOn)}`:"—"},{header:a("colStatus"),cell:i=>a(`ps${i.status}`)},{header:a("colState"),cell:i=>e(de,{state:i.publicationState,publishedAt:i.publishedAt})},{header:a("colUpdated"),cell:i=>E(i.updatedAt)}]})]})}var Aa=b(`
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
`),va=b(`
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
`),Da=b(`
  mutation ContentProjectCreate($input: ProjectInput!) {
    createProject(input: $input) {
      id
    }
  }
`),Pa=b(`
  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
    updateProject(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Ia=b(`
  mutation ContentProjectDelete($id: ID!) {
    deleteProject(id: $id)
  }
`),$a={kind:"PARTNERSHIP",title:"",summary:"",startOn:"",endOn:"",site:"",leadDepartmentId:"",partners:[],resources:{},merits:{CITY:"",PARTNER:""},status:"PLANNED",agreementId:""};function bi(t){return{kind:t.kind,title:t.title,summary:t.summary,startOn:R(t.startOn),endOn:R(t.endOn),site:t.site,leadDepartmentId:R(t.leadDepartmentId),partnerIds:t.partners.map(n=>n.id),resources:ct(t.resources),merits:Oe(t.merits),status:t.status,agreementId:R(t.agreementId)}}function Di({params:t}){let n=t.id==="new",r=T(Aa,{id:t.id??""},n),o=T(va,{}),i=n?null:r.data?.project,d=oe({q:r,item:i,blank:$a,toForm:m=>({kind:m.kind,title:m.title,summary:m.summary,startOn:m.startOn??"",endOn:m.endOn??"",site:m.site,leadDepartmentId:m.leadDepartment?.id??"",partners:m.partners.map(c=>({id:c.id,name:c.name})),resources:pt(m.resources),merits:Ee(m.merits),status:m.status,agreementId:m.agreement?.id??""}),create:async m=>(await x(Da,{input:bi(m)})).createProject.id,update:(m,c)=>x(Pa,{id:t.id,input:bi(m),version:c}),path:m=>`/content/projects/${m}`}),l=n?a("newProject"):a("editProject");if(!n&&!i)return e(I,{children:[e(J,{title:l,list:"/content/projects",listLabel:a("listProjects")}),r.loading?e(U,{label:y("loading")}):e(k,{error:r.error,onRetry:()=>{r.reload()},retryLabel:y("retry")})]});let s=d.form,g=[{value:"",label:a("noAgreement")},...(o.data?.agreements.edges??[]).map(m=>({value:m.node.id,label:m.node.title}))];return i?.agreement&&!g.some(m=>m.value===i.agreement.id)&&g.push({value:i.agreement.id,label:i.agreement.title}),e(I,{children:[e(J,{title:l,list:"/content/projects",listLabel:a("listProjects"),children:i&&e("p",{class:"content-sub",children:a("version",{n:i.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:m=>{m.preventDefault(),d.save()},children:[e(z,{children:d.notice}),e(ae,{error:d.error,onReload:d.reload}),e(S,{label:a("name"),value:s.title,onInput:m=>d.set("title",m),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(F,{label:a("projectKind"),value:s.kind,onChange:m=>d.set("kind",m),options:ne(Ci,m=>a(`pk${m}`))}),e(F,{label:a("projectStatus"),value:s.status,onChange:m=>d.set("status",m),options:ne(Ai,m=>a(`ps${m}`))})]}),e(Le,{label:a("leadDepartment"),value:s.leadDepartmentId,onChange:m=>d.set("leadDepartmentId",m),noneLabel:a("noDepartment"),testid:"field-department"}),e(Q,{label:a("summary"),value:s.summary,onInput:m=>d.set("summary",m),rows:6}),e("div",{class:"content-pair",children:[e(S,{label:a("startOn"),type:"date",value:s.startOn,onInput:m=>d.set("startOn",m),help:j(s.startOn)}),e(S,{label:a("endOn"),type:"date",value:s.endOn,onInput:m=>d.set("endOn",m),help:j(s.endOn)})]}),e(S,{label:a("site"),value:s.site,onInput:m=>d.set("site",m)}),e(Fe,{legend:a("partners"),value:s.partners,onChange:m=>d.set("partners",m)}),e(mt,{value:s.resources,onChange:m=>d.set("resources",m)}),e(Re,{value:s.merits,onChange:m=>d.set("merits",m)}),e(F,{label:a("agreement"),value:s.agreementId,onChange:m=>d.set("agreementId",m),options:g}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:d.busy,"data-testid":"save",children:n?a("create"):a("saveDraft")})})]}),i?e("aside",{class:"content-side",children:[e(le,{id:i.id,title:i.title,state:i.publicationState,publishedAt:i.publishedAt,remove:m=>x(Ia,{id:m}),onChanged:d.reload,onRestored:d.reload}),e(pe,{contentId:i.id,media:i.media,onChanged:d.reload}),e(ue,{id:i.id,version:i.version,onRestored:d.reload})]}):e("p",{class:"help",children:a("mediaAfterCreate")})]})]})}var Pi=[{path:"/content/challenges/:id",component:ci,permission:{resource:"challenge",action:"write"}},{path:"/content/challenges",component:pi,nav:{label:()=>a("navChallenges"),order:200},permission:{resource:"challenge",action:"write"}},{path:"/content/case-studies/:id",component:li,permission:{resource:"caseStudy",action:"write"}},{path:"/content/case-studies",component:di,nav:{label:()=>a("navCaseStudies"),order:210},permission:{resource:"caseStudy",action:"write"}},{path:"/content/agreements/:id",component:ni,permission:{resource:"agreement",action:"write"}},{path:"/content/agreements",component:ti,nav:{label:()=>a("navAgreements"),order:220},permission:{resource:"agreement",action:"write"}},{path:"/content/projects/:id",component:Di,permission:{resource:"project",action:"write"}},{path:"/content/projects",component:vi,nav:{label:()=>a("navProjects"),order:230},permission:{resource:"project",action:"write"}},{path:"/content/announcements/:id",component:oi,permission:{resource:"announcement",action:"write"}},{path:"/content/announcements",component:ii,nav:{label:()=>a("navAnnouncements"),order:240},permission:{resource:"announcement",action:"write"}},{path:"/content/methods/:id",component:fi,permission:{resource:"collaborationMethod",action:"write"}},{path:"/content/methods",component:gi,nav:{label:()=>a("navMethods"),order:250},permission:{resource:"collaborationMethod",action:"write"}},{path:"/preview/:token",component:hi,permission:{resource:"content",action:"preview"}}];var Ii=[];var ze=[{path:"/",component:Lr,nav:{label:()=>y("home"),order:0}},...Yr,...Pi,...Ii];function $i(t){let n=t.viewer.me;return e(I,{children:[e("a",{class:"skip",href:"#main",onClick:r=>{r.preventDefault(),document.getElementById("main")?.focus()},children:y("skipToMain")}),e("header",{class:"header",children:[e("div",{class:"brand",children:[e("span",{class:"brand-muni",children:t.viewer.municipality.name})," ",y("appName")]}),e("div",{class:"header-tools",children:[e("span",{class:"who","data-testid":"who",children:y("signedInAs",{name:n.displayName,dept:n.department?.name??n.role})}),e(qt,{}),e($,{onClick:t.onSignOut,busy:t.signingOut,"data-testid":"sign-out",children:y("signOut")})]})]}),e("div",{class:"frame",children:[e("nav",{class:"nav","aria-label":y("mainNav"),children:e("ul",{children:t.nav.map(r=>{let o=t.current===r.path||r.path!=="/"&&t.current.startsWith(`${r.path}/`);return e("li",{children:e("a",{href:q(r.path),"aria-current":o?"page":void 0,children:r.label})},r.path)})})}),e("main",{id:"main",class:"main",tabIndex:-1,children:t.children})]})]})}function qt(){let t=Se()==="ja"?"en":"ja";return e("button",{type:"button",class:"btn btn-link",lang:t,"aria-label":`${y("language")}: ${y("switchLang")}`,onClick:()=>hn(t),"data-testid":"lang-toggle",children:y("switchLang")})}var Sa=b(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);function Si({notice:t}){let[n,r]=h(""),[o,i]=h(""),[d,l]=h(""),s=Y(async()=>{let g=await x(Sa,{email:n,password:o},{municipality:d.trim()||void 0});ke(g.login.token)});return e("div",{class:"login",children:[e("div",{class:"login-lang",children:e(qt,{})}),e("main",{id:"main",class:"login-box",children:[e("h1",{children:y("appName")}),e("h2",{children:y("signInTitle")}),t&&e("p",{class:"banner banner-notice",role:"status",children:t}),s.error?.code==="UNAUTHENTICATED"?e("p",{class:"banner banner-error",role:"alert","data-testid":"login-error",children:y("loginFailed")}):e(k,{error:s.error}),e("form",{onSubmit:g=>{g.preventDefault(),s.run()},children:[e(S,{label:y("email"),type:"email",autocomplete:"username",required:!0,value:n,onInput:r,testid:"login-email"}),e(S,{label:y("password"),type:"password",autocomplete:"current-password",required:!0,value:o,onInput:i,testid:"login-password"}),e(S,{label:y("municipality"),help:y("municipalityHelp"),value:d,onInput:l,autocomplete:"off",testid:"login-municipality"}),e($,{type:"submit",variant:"primary",busy:s.busy,"data-testid":"login-submit",children:s.busy?y("signingIn"):y("signIn")})]})]})]})}var xa=b(`
  mutation Logout {
    logout
  }
`);async function ka(){try{await x(xa,{})}finally{ke(null)}}function wa(){let[,t]=h(0),[n,r]=h(xe()!==null),[o,i]=h(!1);return W(()=>bn(()=>t(d=>d+1)),[]),W(()=>Cn(d=>{i(!d&&n),r(d)}),[n]),n?e(_a,{}):e(Si,{notice:o?y("errUnauthenticated"):void 0})}function _a(){let t=T(Rr,{}),[n,r]=h(!1),o=Er(),i=()=>{r(!0),ka().catch(()=>{})};if(t.error)return e("main",{id:"main",class:"login-box",children:[e(k,{error:t.error,onRetry:()=>{t.reload()},retryLabel:y("retry")}),e($,{onClick:i,children:y("signOut")})]});if(!t.data)return e(U,{label:y("loading")});let d=t.data.me;if(!d||d.role==="PROPOSER")return e("main",{id:"main",class:"login-box",children:[e("p",{class:"banner banner-error",role:"alert",children:y("proposerOnly")}),e($,{onClick:i,children:y("signOut")})]});let l={me:d,municipality:t.data.municipality,permissions:t.data.permissions},s=ze.filter(c=>c.nav&&ie(l,c.permission)).sort((c,A)=>c.nav.order-A.nav.order).map(c=>({path:c.path,label:c.nav.label()})),g=Or(ze,o.path),m;if(!g||!ie(l,g.route.permission))m=e("section",{children:[e("h1",{children:y("notFound")}),e("p",{children:e("a",{href:"#/",children:y("backHome")})})]});else{let c=g.route.component;m=e(c,{params:g.params,query:o.query},o.path)}return e(Mt.Provider,{value:l,children:e($i,{viewer:l,nav:s,current:o.path,onSignOut:i,signingOut:n,children:m})})}document.documentElement.lang=Se();Zt(e(wa,{}),document.getElementById("app"));
